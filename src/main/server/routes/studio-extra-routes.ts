import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { studioExtraRoutes as r } from '../../../shared/api/studio-routes';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { ServerContext } from '../server-context';

/** `Content-Disposition` for a download: ASCII fallback plus the UTF-8 name. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `/api/studio/*` routes beyond the StudioClient methods: import history, the active template, file download. */
export function registerStudioExtraRoutes(ctx: ServerContext<'transfers' | 'sessions'>): void {
  const { studio, routes } = ctx;

  routes.add(r.studioTransferHistory, () => ({ success: true, data: studio.transfers.history() }));
  routes.add(r.studioGetTemplate, () => {
    const active = studio.sessions.active();
    return { success: true, data: { template: active.template, sessionId: active.id } };
  });
  routes.add(r.studioShotFile, async ({ params, reply }) => {
    // The real path, confined to the session folder: a planted record or symlink is refused (403).
    const { shot, path } = await studio.sessions.shotFile(params.shotId);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile())
      throw new TetherError(ErrorCode.NotFound, `The file of shot ${shot.id} is missing on disk`);
    return reply
      .type('application/octet-stream')
      .header('Content-Length', String(info.size))
      .header('Content-Disposition', attachment(shot.fileName))
      .send(createReadStream(path));
  });
}
