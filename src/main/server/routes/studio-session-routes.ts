import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { studioRoutes as r } from '../../../shared/api/studio-routes';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { ServerContext } from '../server-context';

const ok = <T>(data: T) => ({ success: true as const, data });

/** `Content-Disposition` for a download: ASCII fallback plus the UTF-8 name. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `/api/studio/*`: transfers, import history, sessions, naming template, session root and shots. */
export function registerStudioSessionRoutes(ctx: ServerContext): void {
  const { studio, routes } = ctx;

  routes.add(r.studioListTransfers, () => ok(studio.transfers.list()));
  routes.add(r.studioTransferHistory, () => ok(studio.transfers.history()));
  routes.add(r.studioCancelTransfer, async ({ params }) => {
    await studio.transfers.cancel(params.jobId);
    return ok(studio.transfers.get(params.jobId));
  });
  routes.add(r.studioRetryTransfer, async ({ params }) => {
    await studio.transfers.retry(params.jobId);
    return ok(studio.transfers.get(params.jobId));
  });

  routes.add(r.studioListSessions, () => ok(studio.sessions.list()));
  routes.add(r.studioActiveSession, () => ok(studio.sessions.active()));
  routes.add(r.studioCreateSession, async ({ body, reply }) => {
    const session = await studio.sessions.create(body.name);
    reply.code(201);
    return ok(session);
  });
  routes.add(r.studioSwitchSession, async ({ params }) =>
    ok(await studio.sessions.switchTo(params.sessionId)),
  );
  routes.add(r.studioGetTemplate, () => {
    const active = studio.sessions.active();
    return ok({ template: active.template, sessionId: active.id });
  });
  routes.add(r.studioSetTemplate, async ({ body }) => ok(await studio.sessions.setTemplate(body.template)));
  routes.add(r.studioPreviewName, ({ query }) => ok({ name: studio.sessions.previewName(query.template) }));

  routes.add(r.studioGetSettings, () => ok({ sessionRoot: studio.sessions.root }));
  routes.add(r.studioSetSessionRoot, async ({ body }) => ok(await studio.sessions.setRoot(body.path)));

  routes.add(r.studioListShots, ({ query }) => ok(studio.sessions.shots(query.sessionId)));
  routes.add(r.studioShotImage, async ({ params, reply }) => {
    const bytes = await studio.shotImages.get(params.shotId, params.kind);
    return reply
      .type('image/jpeg')
      .header('Cache-Control', 'private, max-age=3600')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  routes.add(r.studioShotFile, async ({ params, reply }) => {
    const shot = studio.sessions.shot(params.shotId);
    const info = await stat(shot.path).catch(() => null);
    if (!info?.isFile())
      throw new TetherError(ErrorCode.NotFound, `The file of shot ${shot.id} is missing on disk`);
    return reply
      .type('application/octet-stream')
      .header('Content-Length', String(info.size))
      .header('Content-Disposition', attachment(shot.fileName))
      .send(createReadStream(shot.path));
  });
}
