// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeStudioClient, fakeCardFile, fakeJob } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { TransfersPanel } from '../transfers/transfers-panel';
import { CardBrowser } from './card-browser';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

function cardClient() {
  const client = new FakeStudioClient();
  client.cardFiles = [
    fakeCardFile(1, '2024-05-13'),
    fakeCardFile(2, '2024-05-13', 'raw'),
    fakeCardFile(3, '2024-05-14'),
    fakeCardFile(4, '2024-05-14'),
  ];
  return client;
}

describe('CardBrowser', () => {
  beforeEach(() =>
    localStorage.setItem(
      'tether-studio.ui-prefs',
      JSON.stringify({ autoConnect: true, mode: 'remote-transfer' }),
    ),
  );
  afterEach(cleanup);

  it('asks to reconnect in a card mode when connected in remote', async () => {
    localStorage.setItem('tether-studio.ui-prefs', JSON.stringify({ autoConnect: true, mode: 'remote' }));
    const { client } = await renderStudio(<CardBrowser />, cardClient());
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect in Remote + card mode' }));
    await settle();
    expect(client.callsOf('connect').at(-1)).toEqual(['CAM1', 'remote-transfer']);
    expect(screen.getByRole('region', { name: 'Card browser' })).toBeTruthy();
  });

  it('groups files by day, newest first, and pulls a shift-selected range', async () => {
    const { client } = await renderStudio(<CardBrowser />, cardClient());
    await settle();
    const groups = screen.getAllByRole('listbox');
    expect(groups).toHaveLength(2);
    const first = within(groups[0])
      .getAllByRole('option')
      .map((o) => o.getAttribute('aria-label'));
    expect(first).toEqual(['DSC00004.JPG', 'DSC00003.JPG']);
    fireEvent.click(screen.getByRole('option', { name: 'DSC00003.JPG' }));
    fireEvent.click(screen.getByRole('option', { name: 'DSC00002.ARW' }), { shiftKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Pull 2 selected' }));
    await settle();
    expect(client.callsOf('pullCardFiles')).toEqual([
      [
        'CAM1',
        [
          { slot: 1, contentId: 3, fileId: 0 },
          { slot: 1, contentId: 2, fileId: 0 },
        ],
        undefined,
      ],
    ]);
  });

  it('shows per-file and total progress to 100 % and can cancel', async () => {
    const { client } = await renderStudio(<CardBrowser />, cardClient());
    await settle();
    fireEvent.click(screen.getByRole('option', { name: 'DSC00004.JPG' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pull 1 selected' }));
    await settle();
    const ref = { slot: 1, contentId: 4, fileId: 0 };
    await act(async () =>
      client.emit({
        event: 'transferProgress',
        data: {
          cameraId: 'CAM1',
          contentId: 4,
          fileId: 0,
          percent: 50,
          jobId: 'job-1',
          bytesDone: 500,
          bytesTotal: 1000,
          speed: 1e6,
        },
      }),
    );
    expect(screen.getByTestId('pull-percent').textContent).toBe('50%');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(client.callsOf('cancelTransfer')).toEqual([['job-1']]);
    await act(async () =>
      client.emit({
        event: 'transferDone',
        data: fakeJob('job-1', ref, 'done', { bytesDone: 1000, percent: 100 }),
      }),
    );
    expect(screen.getByTestId('pull-percent').textContent).toBe('100%');
    const tile = screen.getByRole('option', { name: 'DSC00004.JPG' });
    expect(within(tile).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });
});

describe('TransfersPanel', () => {
  afterEach(cleanup);

  it('lists jobs with progress and retries failures', async () => {
    const client = new FakeStudioClient();
    const ref = { slot: 1, contentId: 1, fileId: 0 };
    client.jobs = [
      fakeJob('job-1', ref, 'failed', { error: { code: 'DISCONNECTED', message: 'unplugged' } }),
      fakeJob('job-2', { ...ref, contentId: 2 }, 'running', { percent: 42, speed: 2e6 }),
    ];
    await renderStudio(<TransfersPanel />, client);
    expect(screen.getByText('42% · 2.0 MB/s')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Failed transfers' }).textContent).toContain(
      'The camera was disconnected',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(client.callsOf('retryTransfer')).toEqual([['job-1']]);
  });
});
