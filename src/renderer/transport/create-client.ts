import type { StudioClient } from '../../shared/studio-client';
import { createHttpClient } from './http-client';
import { createIpcClient, detectIpcBridge } from './ipc-client';

/**
 * Picks the transport once at start: the IPC client when the Electron preload bridge (`window.tether`)
 * is present, else HTTP + SSE against the page's own origin.
 */
export function createClient(win: Window = window): StudioClient {
  const bridge = detectIpcBridge(win);
  return bridge ? createIpcClient(bridge) : createHttpClient();
}
