// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NativeCapabilities } from '../../../shared/studio-client';
import { FakeStudioClient, fakeShot } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { Filmstrip } from './filmstrip';
import { downloadUrlPayload } from './shot-download';
import { ShotViewer } from './shot-viewer';

function withShot(fileUrlBase: string | null) {
  const client = new FakeStudioClient();
  client.fileUrlBase = fileUrlBase;
  client.shots = [fakeShot(1)];
  return client;
}

describe('shot downloads (browser) vs drag-out and reveal (desktop)', () => {
  afterEach(cleanup);

  it('formats the Chromium DownloadURL payload with an absolute URL and a colon-free name', () => {
    expect(
      downloadUrlPayload(
        { kind: 'jpeg', fileName: 'A_0001.JPG' },
        '/api/studio/shots/s/file',
        'http://h:8/x',
      ),
    ).toBe('image/jpeg:A_0001.JPG:http://h:8/api/studio/shots/s/file');
    expect(downloadUrlPayload({ kind: 'raw', fileName: 'a:b.ARW' }, 'http://h/f')).toBe(
      'application/octet-stream:a_b.ARW:http://h/f',
    );
  });

  it('browser: the viewer offers Download, the thumbnail drags out as a DownloadURL', async () => {
    const client = withShot('');
    const { store } = await renderStudio(
      <>
        <Filmstrip />
        <ShotViewer />
      </>,
      client,
    );
    const shot = client.shots[0];
    store.getState().selectShot(shot.id);
    const link = await screen.findByRole('link', { name: 'Download' });
    expect(link.getAttribute('href')).toBe(`/api/studio/shots/${shot.id}/file`);
    expect(link.getAttribute('download')).toBe(shot.fileName);
    expect(screen.queryByRole('button', { name: 'Reveal in folder' })).toBeNull();
    expect(screen.getByRole('link', { name: `Download ${shot.fileName}` }).getAttribute('href')).toBe(
      `/api/studio/shots/${shot.id}/file`,
    );

    const item = within(screen.getByRole('listbox', { name: 'Shots' })).getByRole('option');
    expect(item.getAttribute('draggable')).toBe('true');
    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), effectAllowed: '' };
    fireEvent.dragStart(item, { dataTransfer });
    expect(data.get('DownloadURL')).toMatch(
      new RegExp(`^image/jpeg:${shot.fileName}:http://.+/api/studio/shots/${shot.id}/file$`),
    );
  });

  it('desktop: no download link; drag-out goes through the native bridge', async () => {
    const client = withShot(null);
    const startDrag = vi.fn(async () => undefined);
    client.native = {
      startDrag,
      reveal: vi.fn(),
      chooseFolder: vi.fn(),
      onCommand: () => () => undefined,
    } as unknown as NativeCapabilities;
    const { store } = await renderStudio(
      <>
        <Filmstrip />
        <ShotViewer />
      </>,
      client,
    );
    store.getState().selectShot(client.shots[0].id);
    await screen.findByRole('button', { name: 'Reveal in folder' });
    expect(screen.queryByRole('link', { name: /Download/ })).toBeNull();
    fireEvent.dragStart(within(screen.getByRole('listbox', { name: 'Shots' })).getByRole('option'));
    expect(startDrag).toHaveBeenCalledWith({ kind: 'shot', shotId: client.shots[0].id });
  });
});
