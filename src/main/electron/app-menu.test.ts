import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { STUDIO_COMMANDS } from '../../shared/ipc-contract';
import { buildAppMenuTemplate } from './app-menu';

const actionsMock = () => ({
  command: vi.fn(),
  revealSessionFolder: vi.fn(),
  revealLogs: vi.fn(),
  exportDiagnostics: vi.fn(),
  openLiveWindow: vi.fn(),
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('buildAppMenuTemplate', () => {
  it('has an item for every UI command, and each sends its command', () => {
    const actions = actionsMock();
    const items = flatten(buildAppMenuTemplate({ isMac: false, isDev: false, actions }));
    for (const item of items) (item.click as (() => void) | undefined)?.();
    const sent = actions.command.mock.calls.map(([c]) => c);
    // Session Folder Location… too: the UI picks and applies it through setSessionRoot (one mechanism).
    expect([...sent].sort()).toEqual([...STUDIO_COMMANDS].sort());
    expect(actions.revealSessionFolder).toHaveBeenCalledTimes(1);
    // Help: the log folder and a diagnostics bundle, for a bug report.
    expect(items.find((i) => i.label === 'Reveal Logs')).toBeDefined();
    expect(actions.revealLogs).toHaveBeenCalledTimes(1);
    expect(actions.exportDiagnostics).toHaveBeenCalledTimes(1);
    // View: the live view alone in a second window (second monitor, client screen).
    expect(items.find((i) => i.label === 'Live View Window')).toMatchObject({
      accelerator: 'CmdOrCtrl+Shift+L',
    });
    expect(actions.openLiveWindow).toHaveBeenCalledTimes(1);
  });

  it('shows single-key shortcuts without registering them (typing in fields must not fire a capture)', () => {
    const items = flatten(buildAppMenuTemplate({ isMac: false, isDev: false, actions: actionsMock() }));
    const capture = items.find((i) => i.label === 'Capture');
    expect(capture).toMatchObject({ accelerator: 'Space', registerAccelerator: false });
    expect(items.find((i) => i.label === 'New Session…')).toMatchObject({
      accelerator: 'CmdOrCtrl+N',
      registerAccelerator: true,
    });
    for (const item of items) {
      if (item.accelerator && !/CmdOrCtrl/.test(String(item.accelerator)))
        expect(item.registerAccelerator).toBe(false);
    }
  });

  it('uses the platform roles and adds developer tools only in development', () => {
    const mac = buildAppMenuTemplate({ isMac: true, isDev: false, actions: actionsMock() });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    const roles = (t: MenuItemConstructorOptions[]) =>
      flatten(t)
        .map((i) => i.role)
        .filter(Boolean);
    expect(roles(mac)).toEqual(
      expect.arrayContaining(['editMenu', 'windowMenu', 'close', 'togglefullscreen']),
    );
    expect(roles(mac)).not.toContain('toggleDevTools');
    const dev = buildAppMenuTemplate({ isMac: false, isDev: true, actions: actionsMock() });
    expect(roles(dev)).toEqual(expect.arrayContaining(['quit', 'reload', 'toggleDevTools']));
  });
});
