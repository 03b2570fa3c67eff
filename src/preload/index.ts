/**
 * Preload (sandboxed, context-isolated): exposes the typed bridge as `window.tether` and nothing else.
 * Bundled to one CommonJS file (`out/preload/index.cjs`): a sandboxed preload can only `require('electron')`.
 */
import { contextBridge } from 'electron';
import { createTetherApi } from './bridge/api';
import { typedIpcRenderer } from './typed-ipc-renderer';

contextBridge.exposeInMainWorld('tether', createTetherApi(typedIpcRenderer));

export type { TetherApi } from './bridge/api';
