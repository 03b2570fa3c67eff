import { runStudioClientConformance } from '../shared/testing/studio-client-conformance';
import { FakeStudioClient, fakeCardFile } from '../renderer/testing/fake-client';

// The renderer's in-memory fake answers like the real transports, or component tests would test a fiction.
runStudioClientConformance('FakeStudioClient (renderer tests)', async () => {
  const client = new FakeStudioClient();
  client.cardFiles = [fakeCardFile(1, '2024-05-14'), fakeCardFile(2, '2024-05-14', 'raw')];
  let seq = 0;
  return {
    client,
    scratchDir: '/tmp/tether-fake-scratch',
    stimulate: {
      frame: (cameraId) =>
        client.pushFrame({
          cameraId,
          seq: ++seq,
          timestamp: Date.now(),
          width: 640,
          height: 424,
          jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
        }),
    },
    cleanup: async () => undefined,
  };
});
