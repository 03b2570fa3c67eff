import type { StudioClient } from '../../shared/studio-client';
import { HttpStudioClient } from './http-client';

/** What the IPC transport module may export (it is written alongside the Electron shell). */
interface IpcModule {
  createIpcClient?: (bridge: unknown) => StudioClient;
  IpcStudioClient?: new (bridge: unknown) => StudioClient;
  default?: unknown;
}

// Resolved at build time: empty until the IPC transport file exists, so the browser build never breaks.
const ipcModules = import.meta.glob<IpcModule>('./ipc-client.ts');

/**
 * Picks the transport once at start: the IPC client when the Electron preload bridge (`window.tether`)
 * is present, else HTTP + SSE against the page's own origin.
 */
export async function createClient(win: Window = window): Promise<StudioClient> {
  const bridge = (win as { tether?: unknown }).tether;
  const load = ipcModules['./ipc-client.ts'];
  if (bridge && load) {
    const mod = await load();
    if (mod.createIpcClient) return mod.createIpcClient(bridge);
    if (mod.IpcStudioClient) return new mod.IpcStudioClient(bridge);
    if (typeof mod.default === 'function') return (mod.default as (b: unknown) => StudioClient)(bridge);
  }
  return new HttpStudioClient();
}
