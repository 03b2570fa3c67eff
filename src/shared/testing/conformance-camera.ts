import { expect, it } from 'vitest';
import { cardSlotSchema, focusFrameSchema } from '../camera-types';
import { cardListingFileSchema } from '../card-import-types';
import { ErrorCode } from '../errors';
import { propertyViewSchema } from '../properties/property-view';
import { transferJobSchema } from '../transfer-types';
import {
  EventRecorder,
  connectFirst,
  expectCode,
  firstFrame,
  type ClientUnderTest,
} from './conformance-helpers';

const isJpeg = (b: Uint8Array) => b.length >= 4 && b[0] === 0xff && b[1] === 0xd8;

/** Properties, capture and commands, live view, the card and card pulls. */
export function cameraConformance(ctx: { t: ClientUnderTest }): void {
  it('reads properties and writes one, answering the value as re-read', async () => {
    const { client } = ctx.t;
    const camera = await connectFirst(client, 'remote');
    const views = await client.getProperties(camera.id);
    for (const v of views) expect(propertyViewSchema.safeParse(v).success, v.name).toBe(true);
    const prop = views.find((v) => v.writable && v.name !== 'priority-key' && v.available.length >= 2);
    expect(prop, 'a writable setting with choices').toBeDefined();
    const target = prop!.available.find((a) => a.value !== prop!.value)!;
    const written = await client.setProperty(camera.id, prop!.name, target.formatted);
    expect([written.name, written.hex, written.formatted]).toEqual([
      prop!.name,
      target.hex,
      target.formatted,
    ]);
    const back = (await client.getProperties(camera.id)).find((v) => v.name === prop!.name);
    expect(back?.formatted).toBe(target.formatted);
    const byHex = await client.setProperty(camera.id, prop!.name, prop!.hex);
    expect(byHex.formatted).toBe(prop!.formatted);
    await expectCode(client.setProperty(camera.id, 'no-such-property', '1'), ErrorCode.UnknownProperty);
    const refused = await client.setProperty(camera.id, prop!.name, '0x7ffffff0').catch((e: unknown) => e);
    expect([ErrorCode.ValueNotAvailable, ErrorCode.InvalidValue]).toContain(
      (refused as { code?: string }).code,
    );
  });

  it('captures, sends commands, sets the AF area and reads AF frames when connected', async () => {
    const { client } = ctx.t;
    const camera = await connectFirst(client, 'remote');
    expect(await client.capture(camera.id, { autofocus: false })).toEqual({ focused: null });
    await client.sendCommand(camera.id, { type: 'touch', x: 320, y: 240 });
    await client.sendCommand(camera.id, { type: 'touchCancel' });
    await client.setAfAreaPosition(camera.id, { x: 0.5, y: 0.5 });
    for (const f of await client.getFocusFrames(camera.id))
      expect(focusFrameSchema.safeParse(f).success).toBe(true);
    await client.disconnect(camera.id);
    await expectCode(client.capture(camera.id), ErrorCode.NotConnected);
    await expectCode(client.sendCommand(camera.id, { type: 'touchCancel' }), ErrorCode.NotConnected);
    await client.connect(camera.id, 'contents');
    await expectCode(client.capture(camera.id, { autofocus: false }), ErrorCode.WrongConnectionMode);
  });

  it('streams live-view JPEG frames to a subscriber and stops when it lets go', async () => {
    const { client } = ctx.t;
    const camera = await connectFirst(client, 'remote');
    const status = await client.getLiveViewStatus(camera.id);
    expect(status).toEqual({ enabled: expect.any(Boolean), streaming: expect.any(Boolean) });
    const events = new EventRecorder(client);
    await ctx.t.eventsReady?.();
    const frame = await firstFrame(ctx.t, camera.id);
    expect(frame.cameraId).toBe(camera.id);
    expect(isJpeg(frame.jpeg)).toBe(true);
    expect(Number.isInteger(frame.seq)).toBe(true);
    await events.next('liveViewState', (e) => e.cameraId === camera.id && !e.streaming);
    expect((await client.getLiveViewStatus(camera.id)).streaming).toBe(false);
    await expectCode(client.getLiveViewStatus('NO-SUCH-CAMERA'), ErrorCode.CameraNotFound);
    events.close();
  });

  it('lists the card, renders a thumbnail and queues pulls it can cancel and retry', async () => {
    const { client } = ctx.t;
    const [camera] = await client.listCameras();
    await client.connect(camera.id, 'remote');
    await expectCode(client.listCardFiles(camera.id, 1), ErrorCode.WrongConnectionMode);
    await client.disconnect(camera.id);
    await client.connect(camera.id, 'remote-transfer');
    const slots = await client.getCardSlots(camera.id);
    for (const s of slots) expect(cardSlotSchema.safeParse(s).success).toBe(true);
    expect(slots.find((s) => s.slot === 1)?.status).toBe('ok');
    const files = await client.listCardFiles(camera.id, 1);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(cardListingFileSchema.safeParse(f).success).toBe(true);
    const biggest = files.reduce((a, b) => (b.size > a.size ? b : a));
    const ref = { slot: biggest.slot, contentId: biggest.contentId, fileId: biggest.fileId };
    expect(isJpeg(await client.getCardImage(camera.id, ref, 'thumbnail'))).toBe(true);
    await expectCode(
      client.getCardImage(camera.id, { ...ref, contentId: 999_999 }, 'thumbnail'),
      ErrorCode.NotFound,
    );

    const [job] = await client.pullCardFiles(camera.id, [ref]);
    expect(transferJobSchema.safeParse(job).success).toBe(true);
    expect(job).toMatchObject({ cameraId: camera.id, source: { kind: 'card', ...ref } });
    expect((await client.listTransfers()).map((j) => j.id)).toContain(job.id);
    const cancelled = await client.cancelTransfer(job.id).catch((e: unknown) => e);
    if ((cancelled as { code?: string }).code === undefined) {
      expect(cancelled).toMatchObject({ id: job.id, state: 'cancelled' });
      const retried = await client.retryTransfer(job.id);
      expect(['queued', 'running', 'done']).toContain(retried.state);
    } else {
      // It finished before the cancel arrived: a done transfer cannot be cancelled.
      expect((cancelled as { code: string }).code).toBe(ErrorCode.InvalidArgument);
    }
    // A file being pulled (or imported already) is left out when asked (issue 10 item 11).
    expect(await client.pullCardFiles(camera.id, [ref], { skipImported: true })).toEqual([]);
    await expectCode(client.cancelTransfer('no-such-job'), ErrorCode.NotFound);
    await expectCode(client.retryTransfer('no-such-job'), ErrorCode.NotFound);
  });
}
