import { alphaRoutes } from '../../../shared/api/alpha-routes';
import type { ServerContext } from '../server-context';

const PLATFORMS = new Set([
  'darwin-arm64',
  'darwin-x64',
  'linux-arm64',
  'linux-arm',
  'linux-x64',
  'win32-x64',
]);

/** Alpha API version this server implements. */
export const ALPHA_API_VERSION = '3.0.0';

/** `/api/server/*`: status (plus the active driver and why), logs, shutdown. */
export function registerServerRoutes(
  ctx: ServerContext<'cameras' | 'driverStatus' | 'logs' | 'startedAt' | 'status'>,
): void {
  const { studio, routes } = ctx;

  routes.add(alphaRoutes.getServerStatus, async () => {
    const cameras = await studio.cameras.list();
    const platform = `${process.platform}-${process.arch}`;
    const { kind, reason, requested, sdkVersion, backends } = studio.driverStatus;
    return {
      success: true,
      server: {
        version: studio.status().version,
        apiVersion: ALPHA_API_VERSION,
        sdkVersion,
        uptime: studio.startedAt > 0 ? Math.floor((Date.now() - studio.startedAt) / 1000) : 0,
        platform: PLATFORMS.has(platform) ? platform : 'unknown',
      },
      cameras: { connected: cameras.filter((c) => c.connected).length, discovered: cameras.length },
      driver: {
        kind,
        reason,
        requested,
        discovery: studio.cameras.discovery(),
        ...(backends ? { backends } : {}),
      },
    };
  });

  routes.add(alphaRoutes.getServerLogs, ({ query }) => {
    const logs = studio.logs.recent(query.lines ?? 100, query.level ?? 'info');
    return { success: true, logs, total: studio.logs.size };
  });

  routes.add(alphaRoutes.shutdownServer, ({ reply }) => {
    // Shut down only once the answer is on the wire.
    reply.raw.once('finish', () => ctx.requestShutdown());
    return { success: true, message: 'Shutting down: disconnecting cameras and closing streams' };
  });
}
