// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PendingImport } from '../../../shared/transfer-types';
import { FakeStudioClient, fakeJob } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { TransfersPanel } from './transfers-panel';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));
const ref = (n: number) => ({ slot: 1, contentId: n, fileId: 1 });
const pending = (id: string, kind: PendingImport['kind'], fileName: string): PendingImport => ({
  id,
  kind,
  path: `/data/staging/CAM1/${fileName}`,
  fileName,
  cameraId: 'CAM1',
  size: 2_000_000,
  foundAt: 1,
  ...(kind === 'staged'
    ? { error: { code: 'IO_ERROR', message: 'Cannot write /shoots/Smith: the disk is read-only (EROFS)' } }
    : {}),
});

/** Issue 12 item 2 and issue 10 item 1 (backend-side panel bits): pending imports, resumed jobs, Retry all. */
describe('TransfersPanel: recovery', () => {
  afterEach(cleanup);

  it('lists shots waiting for import with Retry, stray partial files with Discard', async () => {
    const client = new FakeStudioClient();
    client.queue.pending = [
      pending('pi_1', 'staged', 'DSC00012.JPG'),
      pending('pi_2', 'partial', 'S_0004.ARW'),
    ];
    await renderStudio(<TransfersPanel />, client);
    const list = screen.getByRole('region', { name: 'Waiting for import' });
    expect(within(list).getByText('2 files waiting for import')).toBeTruthy();
    // Why it is waiting: the error in plain words, the studio's message (path, reason) on hover.
    expect(within(list).getByRole('alert').getAttribute('title')).toMatch(
      /\/shoots\/Smith: the disk is read-only/,
    );
    fireEvent.click(within(list).getByRole('button', { name: 'Retry' }));
    await settle();
    expect(client.callsOf('retryPendingImports')).toEqual([[['pi_1']]]);
    fireEvent.click(screen.getByRole('button', { name: 'Discard partial S_0004.ARW' }));
    await settle();
    expect(client.callsOf('discardPendingImport')).toEqual([['pi_2']]);
    expect(screen.queryByRole('region', { name: 'Waiting for import' })).toBeNull();
  });

  it('shows jobs waiting for the camera and resumed jobs, and retries every failure with Retry all', async () => {
    const client = new FakeStudioClient();
    const lost = { code: 'DISCONNECTED' as const, message: 'The camera did not come back' };
    client.jobs = [
      fakeJob('job-1', ref(1), 'paused', { waitingFor: 'camera', bytesDone: 500, percent: 50 }),
      fakeJob('job-2', ref(2), 'failed', { error: lost }),
      fakeJob('job-3', ref(3), 'failed', { error: lost }),
      fakeJob('job-4', ref(4), 'running', { recovered: true, resumedFrom: 400_000, percent: 60 }),
    ];
    await renderStudio(<TransfersPanel />, client);
    expect(screen.getByText('Waiting for the camera')).toBeTruthy();
    expect(screen.getByText(/resumed at 400 KB/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry all' }));
    await settle();
    expect(client.callsOf('retryFailedTransfers')).toEqual([[undefined]]);
    expect(screen.queryByRole('button', { name: 'Retry all' })).toBeNull();
  });
});
