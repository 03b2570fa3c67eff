// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NativeCapabilities } from '../../../shared/studio-client';
import { FakeStudioClient, fakeCardFile } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { CardBrowser } from './card-browser';

// Issue 10 item 11 (end state, already-imported files) and item 15 (drop targets, drag-out rule).
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));
const IMPORTED = { sessionId: 's1', shotId: 'shot-9', fileName: 'Test_0009.JPG' };

function cardClient() {
  const client = new FakeStudioClient();
  client.cardFiles = [
    { ...fakeCardFile(1, '2024-05-14'), imported: IMPORTED },
    fakeCardFile(2, '2024-05-14'),
    fakeCardFile(3, '2024-05-14'),
  ];
  return client;
}

/** A DataTransfer as much as the handlers use (happy-dom has none to drag with). */
function dataTransfer(init: { files?: File[]; directory?: boolean } = {}) {
  const data = new Map<string, string>();
  if (init.files) data.set('Files', '');
  // No effectAllowed/dropEffect: testing-library copies these fields onto a DataTransfer as read-only values.
  return {
    get types() {
      return [...data.keys()];
    },
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    files: init.files ?? [],
    items: (init.files ?? []).map(() => ({
      webkitGetAsEntry: () => (init.directory === undefined ? null : { isDirectory: init.directory }),
    })),
  };
}

const tile = (name: string) => screen.getByRole('option', { name });

describe('card import end state and files already imported (item 11)', () => {
  beforeEach(() =>
    localStorage.setItem(
      'tether-studio.ui-prefs',
      JSON.stringify({ autoConnect: true, mode: 'remote-transfer' }),
    ),
  );
  afterEach(cleanup);

  it('marks imported tiles, skips them by default, clears the selection and ends with a summary', async () => {
    const { client } = await renderStudio(<CardBrowser />, cardClient());
    await settle();
    expect(within(tile('DSC00001.JPG')).getByTestId('imported-badge').textContent).toBe('Imported');
    expect(within(tile('DSC00002.JPG')).queryByTestId('imported-badge')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getByTestId('pull-skip-note').textContent).toContain('1 already imported — skipped');
    fireEvent.click(screen.getByRole('button', { name: 'Pull 3 selected' }));
    await settle();
    const [[, refs, options]] = client.callsOf('pullCardFiles') as [
      unknown,
      { contentId: number }[],
      unknown,
    ][];
    expect(options).toEqual({ skipImported: true });
    expect(refs).toHaveLength(3);
    expect(screen.getByText(/0 selected/)).toBeTruthy();
    const listed = client.callsOf('listCardFiles').length;
    const [a, b] = client.jobs.slice(-2);
    await act(async () => {
      client.emit({ event: 'transferDone', data: { ...a, state: 'done', percent: 100 } });
      client.emit({ event: 'transferDone', data: { ...b, state: 'cancelled' } });
    });
    await settle();
    expect(screen.getByTestId('pull-end').textContent).toContain(
      '1 of 1 imported · 1 cancelled · 1 already imported, skipped',
    );
    // The listing is read again so the files just imported are marked too.
    expect(client.callsOf('listCardFiles').length).toBeGreaterThan(listed);
    fireEvent.click(within(screen.getByTestId('pull-end')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('pull-end')).toBeNull();
  });

  it('groups failures of the pull by cause with Retry all', async () => {
    const { client } = await renderStudio(<CardBrowser />, cardClient());
    await settle();
    fireEvent.click(tile('DSC00002.JPG'));
    fireEvent.click(tile('DSC00003.JPG'), { ctrlKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Pull 2 selected' }));
    await settle();
    const error = { code: 'DISCONNECTED' as const, message: 'unplugged' };
    await act(async () => {
      for (const j of client.jobs.slice(-2))
        client.emit({ event: 'transferFailed', data: { ...j, state: 'failed', error } });
    });
    const end = screen.getByTestId('pull-end');
    expect(end.textContent).toContain('0 of 2 imported');
    expect(within(end).getByRole('list', { name: 'Failed transfers' }).textContent).toContain('2 failed');
    expect(within(end).getByRole('button', { name: 'Retry all 2' })).toBeTruthy();
  });

  it('an imported file alone cannot be pulled until "Import again" is ticked, then it is', async () => {
    const { client } = await renderStudio(<CardBrowser />, cardClient());
    await settle();
    fireEvent.click(tile('DSC00001.JPG'));
    const pull = screen.getByRole('button', { name: 'Pull 1 selected' }) as HTMLButtonElement;
    expect(pull.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Import again' }));
    expect(pull.disabled).toBe(false);
    fireEvent.click(pull);
    await settle();
    expect(client.callsOf('pullCardFiles').at(-1)?.[2]).toEqual({ skipImported: false });
    expect(client.jobs).toHaveLength(1);
  });
});

describe('drag and drop in the card browser (item 15)', () => {
  beforeEach(() =>
    localStorage.setItem(
      'tether-studio.ui-prefs',
      JSON.stringify({ autoConnect: true, mode: 'remote-transfer' }),
    ),
  );
  afterEach(cleanup);

  it('tiles dropped on a session of the list are pulled into that session: the selection, or the one tile', async () => {
    const client = cardClient();
    await client.createSession('Client B');
    const { store } = await renderStudio(<CardBrowser />, client);
    await settle();
    const target = store.getState().sessions.find((s) => s.name === 'Client B')!;
    const drop = screen.getByRole('listitem', { name: 'Session Client B' });
    fireEvent.click(tile('DSC00002.JPG'));
    fireEvent.click(tile('DSC00003.JPG'), { ctrlKey: true });
    let dt = dataTransfer();
    fireEvent.dragStart(tile('DSC00003.JPG'), { dataTransfer: dt });
    fireEvent.dragOver(drop, { dataTransfer: dt });
    fireEvent.drop(drop, { dataTransfer: dt });
    await settle();
    expect(client.callsOf('pullCardFiles').at(-1)).toEqual([
      'CAM1',
      [
        { slot: 1, contentId: 3, fileId: 0 },
        { slot: 1, contentId: 2, fileId: 0 },
      ],
      { sessionId: target.id, skipImported: true },
    ]);
    // A tile outside the selection goes alone.
    dt = dataTransfer();
    fireEvent.dragStart(tile('DSC00001.JPG'), { dataTransfer: dt });
    fireEvent.drop(drop, { dataTransfer: dt });
    await settle();
    expect(client.callsOf('pullCardFiles').at(-1)?.[1]).toEqual([{ slot: 1, contentId: 1, fileId: 0 }]);
  });

  it('browser: a folder dropped from the OS says honestly that no path can be read', async () => {
    const { client } = await renderStudio(<CardBrowser />, cardClient());
    await settle();
    const region = screen.getByRole('region', { name: 'Card browser' });
    fireEvent.drop(region, {
      dataTransfer: dataTransfer({ files: [new File([], 'Client')], directory: true }),
    });
    expect(screen.getByTestId('folder-drop-note').textContent).toContain('A browser cannot see where');
    expect((screen.getByRole('textbox', { name: 'Destination folder' }) as HTMLInputElement).value).toBe('');
    expect(client.callsOf('pullCardFiles')).toEqual([]);
  });

  it('desktop: a dropped folder becomes the destination of the pull; a file is refused', async () => {
    const client = cardClient();
    client.native = {
      startDrag: vi.fn(async () => undefined),
      pathForFile: () => '/Volumes/Stick/Client',
      chooseFolder: vi.fn(),
      reveal: vi.fn(),
      onCommand: () => () => undefined,
    } as unknown as NativeCapabilities;
    await renderStudio(<CardBrowser />, client);
    await settle();
    const region = screen.getByRole('region', { name: 'Card browser' });
    fireEvent.drop(region, {
      dataTransfer: dataTransfer({ files: [new File([], 'a.jpg')], directory: false }),
    });
    expect(screen.getByTestId('folder-drop-note').textContent).toContain('That is a file');
    fireEvent.drop(region, {
      dataTransfer: dataTransfer({ files: [new File([], 'Client')], directory: true }),
    });
    expect((screen.getByRole('textbox', { name: 'Destination folder' }) as HTMLInputElement).value).toBe(
      '/Volumes/Stick/Client',
    );
    fireEvent.click(tile('DSC00002.JPG'));
    fireEvent.click(screen.getByRole('button', { name: 'Pull 1 selected' }));
    await settle();
    expect(client.callsOf('pullCardFiles').at(-1)?.[2]).toEqual({
      destDir: '/Volumes/Stick/Client',
      skipImported: true,
    });
  });

  it('drag-out: only a pulled file leaves the window (as its session shot); others say "Pull to drag"', async () => {
    const client = cardClient();
    const startDrag = vi.fn(async () => undefined);
    client.native = { startDrag, pathForFile: () => null } as unknown as NativeCapabilities;
    await renderStudio(<CardBrowser />, client);
    await settle();
    expect(within(tile('DSC00001.JPG')).queryByText('Pull to drag')).toBeNull();
    expect(within(tile('DSC00002.JPG')).getByText('Pull to drag')).toBeTruthy();
    fireEvent.dragStart(tile('DSC00002.JPG'), { dataTransfer: dataTransfer() });
    expect(startDrag).not.toHaveBeenCalled();
    fireEvent.dragStart(tile('DSC00001.JPG'), { dataTransfer: dataTransfer() });
    expect(startDrag).toHaveBeenCalledWith({ kind: 'shot', shotId: 'shot-9' });
  });
});
