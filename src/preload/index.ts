/**
 * Preload (sandboxed, context-isolated): exposes the typed bridge as `window.tether` and nothing else.
 * Bundled to one CommonJS file (`out/preload/index.cjs`): a sandboxed preload can only `require('electron')`.
 */
import { contextBridge, webUtils } from 'electron';
import { createTetherApi } from './bridge/api';
import { typedIpcRenderer } from './typed-ipc-renderer';

contextBridge.exposeInMainWorld(
  'tether',
  createTetherApi(typedIpcRenderer, { pathForFile: (file) => webUtils.getPathForFile(file) }),
);

export type { TetherApi } from './bridge/api';
