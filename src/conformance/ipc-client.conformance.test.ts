import { join } from 'node:path';
import { vi } from 'vitest';
import { createTetherApi } from '../preload/bridge/api';
import { createStudioHandlers } from '../main/app/studio-handlers';
import { IpcBridge, type NativeHandlers } from '../main/ipc/ipc-bridge';
import { SenderPolicy } from '../main/ipc/sender-policy';
import { FakeIpcMain, FakeRenderer } from '../main/ipc/testing/fake-ipc';
import { TypedIpcMain } from '../main/ipc/typed-ipc-main';
import { createIpcClient } from '../renderer/transport/ipc-client';
import { runStudioClientConformance } from '../shared/testing/studio-client-conformance';
import { startSimStudio } from './sim-studio';

vi.mock('electron', () => ({ ipcMain: {} }));

const PAGE = 'file:///app/out/renderer/index.html';

// The whole IPC path as the Electron window uses it: renderer client → preload bridge → (structured-clone
// fake) ipcMain → sender check → argument schemas → handler table → the real studio over the simulator.
runStudioClientConformance('IPC client → preload bridge → IpcBridge → studio', async () => {
  const sim = await startSimStudio();
  const raw = new FakeIpcMain();
  const policy = new SenderPolicy((url) => url === PAGE);
  const bridge = new IpcBridge(
    new TypedIpcMain(policy.check, raw),
    sim.studio,
    createStudioHandlers(sim.studio, () => ({ enabled: false, url: null })),
    {} as NativeHandlers,
  );
  bridge.register();
  const renderer = new FakeRenderer(raw, 1, PAGE);
  policy.allow(renderer.id);
  bridge.attach(renderer);
  return {
    client: createIpcClient(createTetherApi(renderer.ipc)),
    scratchDir: join(sim.dir, 'scratch'),
    cleanup: async () => {
      bridge.dispose();
      await sim.close();
    },
  };
});
