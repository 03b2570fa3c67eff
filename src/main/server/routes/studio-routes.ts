import { studioRoutes as r } from '../../../shared/api/studio-routes';
import type { ServerContext } from '../server-context';

const ok = <T>(data: T) => ({ success: true as const, data });
const done = { success: true as const };

/** `/api/studio/*`: cameras, properties, capture and card access as the renderer's HTTP transport needs them. */
export function registerStudioCameraRoutes(ctx: ServerContext): void {
  const { studio, routes } = ctx;

  routes.add(r.studioStatus, () => ok(studio.status({ enabled: true, url: ctx.url() })));
  routes.add(r.studioListCameras, async () => ok(await studio.cameras.list()));
  routes.add(r.studioConnect, async ({ params, body }) =>
    ok(await studio.cameras.connect(params.cameraId, body.mode)),
  );
  routes.add(r.studioDisconnect, async ({ params }) => {
    studio.cameras.get(params.cameraId);
    await studio.cameras.disconnect(params.cameraId);
    return done;
  });
  routes.add(r.studioGetProperties, async ({ params }) =>
    ok(await studio.properties.getAll(params.cameraId)),
  );
  routes.add(r.studioSetProperty, async ({ params, body }) =>
    ok(await studio.properties.set(params.cameraId, params.name, body.value)),
  );
  routes.add(r.studioCapture, async ({ params, body }) =>
    ok(
      await studio.capture.capture(
        params.cameraId,
        body.autofocus === undefined ? {} : { autofocus: body.autofocus },
      ),
    ),
  );
  routes.add(r.studioSendCommand, async ({ params, body }) => {
    await studio.capture.sendCommand(params.cameraId, body);
    return done;
  });
  routes.add(r.studioSetAfArea, async ({ params, body }) => {
    await studio.capture.setAfAreaNormalized(params.cameraId, body);
    return done;
  });
  routes.add(r.studioFocusFrames, async ({ params }) =>
    ok(await studio.capture.getFocusFrames(params.cameraId)),
  );
  routes.add(r.studioLiveViewStatus, ({ params }) => {
    studio.cameras.get(params.cameraId);
    return ok(studio.liveView.status(params.cameraId));
  });
  routes.add(r.studioCardSlots, async ({ params }) => ok(await studio.cards.slots(params.cameraId)));
  routes.add(r.studioCardFiles, async ({ params }) =>
    ok(await studio.cards.list(params.cameraId, params.slot)),
  );
  routes.add(r.studioCardImage, async ({ params, reply }) => {
    const { cameraId, slot, contentId, fileId, kind } = params;
    const bytes = await studio.cards.image(cameraId, { slot, contentId, fileId }, kind);
    return reply
      .type('image/jpeg')
      .header('Cache-Control', 'private, max-age=60')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  routes.add(r.studioPullCardFiles, async ({ params, body, reply }) => {
    const jobs = await studio.transfers.pullCardFiles(
      params.cameraId,
      body.refs,
      body.destDir ? { destDir: body.destDir } : {},
    );
    reply.code(202);
    return ok(jobs);
  });
}
