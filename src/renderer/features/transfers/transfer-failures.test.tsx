// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { FakeStudioClient, fakeJob } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { TransfersPanel } from './transfers-panel';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));
const lost = { code: ErrorCode.Disconnected, message: 'The camera did not come back within 120 s' };

describe('TransfersPanel: failures grouped by cause', () => {
  afterEach(cleanup);

  it('shows one line per cause with "Retry all", not a red block per file', async () => {
    const client = new FakeStudioClient();
    client.jobs = [
      ...Array.from({ length: 58 }, (_, i) =>
        fakeJob(`j${i}`, { slot: 1, contentId: i + 1, fileId: 1 }, 'failed', { error: lost }),
      ),
      fakeJob('k1', { slot: 1, contentId: 90, fileId: 1 }, 'failed', {
        error: { code: ErrorCode.IoError, message: 'ENOSPC' },
      }),
      fakeJob('d1', { slot: 1, contentId: 91, fileId: 1 }, 'done'),
    ];
    await renderStudio(<TransfersPanel />, client);
    const fails = screen.getByRole('list', { name: 'Failed transfers' });
    const groups = within(fails)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.code);
    expect(groups.map((g) => g.dataset.code)).toEqual(['DISCONNECTED', 'IO_ERROR']);
    expect(groups[0].textContent).toContain('58 failed');
    expect(groups[0].textContent).toContain('The camera was disconnected');
    expect(groups[0].textContent).not.toContain('DISCONNECTED');
    // The 58 files are behind a toggle; failed rows are not repeated in the list below.
    expect(within(groups[0]).queryByText('DSC00001.JPG')).toBeNull();
    expect(screen.queryAllByRole('button', { name: 'Retry' })).toHaveLength(1);
    fireEvent.click(within(groups[0]).getByRole('button', { name: 'Show files' }));
    expect(within(groups[0]).getByTitle('DSC00001.JPG')).toBeTruthy();

    fireEvent.click(within(groups[0]).getByRole('button', { name: 'Retry all 58' }));
    await settle();
    expect(client.callsOf('retryTransfer')).toHaveLength(58);
    expect(client.callsOf('retryTransfer')[0]).toEqual(['j0']);
    await settle();
    const left = screen.getByRole('list', { name: 'Failed transfers' });
    expect(
      within(left)
        .getAllByRole('listitem')
        .filter((li) => li.dataset.code),
    ).toHaveLength(1);
  });
});
