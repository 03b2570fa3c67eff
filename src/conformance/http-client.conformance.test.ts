import { join } from 'node:path';
import { startServer } from '../main/server/server';
import { createHttpClient } from '../renderer/transport/http-client';
import { runStudioClientConformance } from '../shared/testing/studio-client-conformance';
import { FetchEventSource } from './fetch-event-source';
import { startSimStudio } from './sim-studio';

// The browser path: the renderer's HTTP client (fetch, SSE, MJPEG) against the real server on an
// ephemeral port over the real studio. Node has no EventSource: a small fetch-based one stands in.
runStudioClientConformance('HTTP client → REST/SSE server → studio', async () => {
  const sim = await startSimStudio();
  const server = await startServer(sim.studio, { port: 0, rendererDir: null });
  const sources: FetchEventSource[] = [];
  class TrackedEventSource extends FetchEventSource {
    constructor(url: string) {
      super(url);
      sources.push(this);
    }
  }
  return {
    client: createHttpClient({
      base: server.url,
      EventSource: TrackedEventSource as unknown as typeof EventSource,
    }),
    scratchDir: join(sim.dir, 'scratch'),
    eventsReady: async () => {
      await Promise.all(sources.map((s) => s.opened));
    },
    cleanup: async () => {
      for (const s of sources) s.close();
      await server.close();
      await sim.close();
    },
  };
});
