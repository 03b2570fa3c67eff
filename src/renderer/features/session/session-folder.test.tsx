// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import type { NativeCapabilities } from '../../../shared/studio-client';
import { runMenuCommand } from '../../app/menu-commands';
import { FakeStudioClient } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { SessionBar } from './session-bar';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

function desktopClient(picked: string | null) {
  const client = new FakeStudioClient();
  const chooseFolder = vi.fn(async () => picked);
  client.native = {
    chooseFolder,
    startDrag: vi.fn(),
    reveal: vi.fn(),
    onCommand: () => () => undefined,
  } as unknown as NativeCapabilities;
  return { client, chooseFolder };
}

describe('SessionBar session folder', () => {
  afterEach(cleanup);

  it('browser: edits the root in place; Enter applies; a refused path says why and how to fix it, and keeps the draft', async () => {
    const { client, store } = await renderStudio(<SessionBar />);
    const field = screen.getByLabelText<HTMLInputElement>('Session folder');
    expect(field.value).toBe('/tmp/sessions');
    expect(screen.queryByRole('button', { name: 'Choose…' })).toBeNull();

    fireEvent.change(field, { target: { value: 'shoots/today' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(client.callsOf('setSessionRoot')).toEqual([['shoots/today']]);
    const alert = screen.getByTestId('session-root-error');
    // The field, what was wrong and the fix, in words; the code is for support (attribute, tooltip), not shown.
    expect(alert.textContent).toMatch(/^Session folder: Must be an absolute path\. Type a full path/);
    expect(alert.textContent).not.toContain(ErrorCode.InvalidArgument);
    expect(alert.dataset.code).toBe(ErrorCode.InvalidArgument);
    expect(field.value).toBe('shoots/today');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field, { target: { value: '/Volumes/Shoots' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(client.callsOf('setSessionRoot').at(-1)).toEqual(['/Volumes/Shoots']);
    expect(screen.queryByTestId('session-root-error')).toBeNull();
    expect(field.value).toBe('/Volumes/Shoots');
    expect(store.getState().activeSession?.folder).toBe('/Volumes/Shoots/Test');

    fireEvent.change(field, { target: { value: '/elsewhere' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field.value).toBe('/Volumes/Shoots');
    expect(client.callsOf('setSessionRoot')).toHaveLength(2);
  });

  it('desktop: Choose… opens the native picker at the current root and applies the pick', async () => {
    const { client, chooseFolder } = desktopClient('/Volumes/Card');
    await renderStudio(<SessionBar />, client);
    expect(screen.queryByLabelText('Session folder')).toBeNull();
    expect(screen.getByTestId('session-root').textContent).toBe('/tmp/sessions');
    fireEvent.click(screen.getByRole('button', { name: 'Choose…' }));
    await settle();
    expect(chooseFolder).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/tmp/sessions' }));
    expect(client.callsOf('setSessionRoot')).toEqual([['/Volumes/Card']]);
    expect(screen.getByTestId('session-root').textContent).toBe('/Volumes/Card');
  });

  it('desktop: the app menu command takes the same path; a cancelled picker changes nothing; errors show in place', async () => {
    const { client, chooseFolder } = desktopClient(null);
    const { actions } = await renderStudio(<SessionBar />, client);
    act(() => runMenuCommand(actions, 'chooseSessionFolder'));
    await settle();
    expect(chooseFolder).toHaveBeenCalledTimes(1);
    expect(client.callsOf('setSessionRoot')).toEqual([]);

    chooseFolder.mockResolvedValueOnce('/ro');
    client.fail('setSessionRoot', ErrorCode.IoError, 'Cannot write in /ro: EACCES');
    act(() => runMenuCommand(actions, 'chooseSessionFolder'));
    await settle();
    expect(client.callsOf('setSessionRoot')).toEqual([['/ro']]);
    const alert = screen.getByTestId('session-root-error');
    expect(alert.textContent).toMatch(/^Session folder: Cannot write in \/ro: EACCES\. Type a full path/);
    expect(alert.dataset.code).toBe(ErrorCode.IoError);
    expect(screen.getByTestId('session-root').textContent).toBe('/tmp/sessions');
  });
});
