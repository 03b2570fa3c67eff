import { ipcRenderer, type IpcRendererEvent } from 'electron';
import type { RendererIpc } from './bridge/renderer-ipc';

/** {@link RendererIpc} over Electron's `ipcRenderer`: the only place in the preload that touches raw IPC. */
export const typedIpcRenderer: RendererIpc = {
  invoke(channel, args) {
    return ipcRenderer.invoke(channel, ...args);
  },
  send(channel, payload) {
    ipcRenderer.send(channel, payload);
  },
  on(event, listener) {
    // The IpcRendererEvent (with its `sender`) must never reach the page: pass the payload only.
    const deliver = listener as (payload: unknown) => void;
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => deliver(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};
