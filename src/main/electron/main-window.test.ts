import { describe, expect, it, vi } from 'vitest';
import { secureWebPreferences } from './main-window';

vi.mock('electron', () => ({ BrowserWindow: class {}, screen: {} }));

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of every renderer', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});
