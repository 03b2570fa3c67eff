import { expect, it } from 'vitest';
import { ErrorCode } from '../errors';
import type { StudioEvent } from '../events';
import { presetSchema } from '../preset-types';
import { shotReviewSchema } from '../review-types';
import { sequenceRunSchema } from '../sequence-types';
import {
  EventRecorder,
  callLoosely,
  connectFirst,
  expectCode,
  type ClientUnderTest,
} from './conformance-helpers';

/** Shot ids of a group announced so far on the event stream. */
function groupShots(seen: StudioEvent[], groupId: string): Set<string> {
  const ids = new Set<string>();
  for (const e of seen)
    if (e.event === 'shotReviewChanged')
      for (const r of e.data.reviews) if (r.group?.id === groupId) ids.add(r.shotId);
  return ids;
}

/** Sequences, review, presets, settings files and capture-all (issue 11). */
export function proConformance(ctx: { t: ClientUnderTest }): void {
  it('runs a bracket to the end and lands its frames as one group that can be rated', async () => {
    const { client } = ctx.t;
    const events = new EventRecorder(client);
    await ctx.t.eventsReady?.();
    const camera = await connectFirst(client, 'remote-transfer');
    const run = await client.startSequence(camera.id, { kind: 'bracket', frames: 3, stepEv: 1 });
    expect(sequenceRunSchema.safeParse(run).success).toBe(true);
    expect(run).toMatchObject({ cameraId: camera.id, state: 'running', total: 3 });
    await expectCode(
      client.startSequence(camera.id, { kind: 'bracket', frames: 3, stepEv: 1 }),
      ErrorCode.CameraBusy,
    );
    const end = await events.next('sequenceProgress', (r) => r.id === run.id && r.state !== 'running');
    expect(end).toMatchObject({ state: 'done', done: 3 });
    expect((await client.getSequence(run.id)).frames).toHaveLength(3);
    expect((await client.listSequences())[0].id).toBe(run.id);
    await expectCode(client.getSequence('no-such-run'), ErrorCode.NotFound);

    await events.next('shotReviewChanged', () => groupShots(events.seen, run.groupId).size >= 3);
    const reviews = await client.listShotReviews();
    for (const r of reviews) expect(shotReviewSchema.safeParse(r).success).toBe(true);
    const grouped = reviews.filter((r) => r.group?.id === run.groupId);
    expect(grouped.map((r) => r.group?.kind)).toEqual(['bracket', 'bracket', 'bracket']);
    const [rated] = await client.reviewShots([grouped[0].shotId], { rating: 5, label: 'blue' });
    expect(rated).toMatchObject({ shotId: grouped[0].shotId, rating: 5, label: 'blue', pick: 'none' });
    await events.next('shotReviewChanged', (e) => e.reviews.some((r) => r.rating === 5));
    expect((await client.listShotReviews()).find((r) => r.shotId === rated.shotId)?.rating).toBe(5);
    await expectCode(client.reviewShots(['no-such-shot'], { rating: 1 }), ErrorCode.NotFound);
    events.close();
  });

  it('cancels a running time-lapse', async () => {
    const { client } = ctx.t;
    const events = new EventRecorder(client);
    await ctx.t.eventsReady?.();
    const camera = await connectFirst(client, 'remote');
    const run = await client.startSequence(camera.id, { kind: 'timelapse', intervalMs: 60_000, count: 5 });
    await events.next('sequenceProgress', (r) => r.id === run.id && r.done === 1);
    const cancelled = await client.cancelSequence(run.id);
    expect(cancelled).toMatchObject({ id: run.id, state: 'cancelled', done: 1 });
    await events.next('sequenceProgress', (r) => r.id === run.id && r.state === 'cancelled');
    await expectCode(client.cancelSequence('no-such-run'), ErrorCode.NotFound);
    events.close();
  });

  it('refuses sequences and capture-all without a connected camera, and malformed pro arguments', async () => {
    const { client } = ctx.t;
    const [camera] = await client.listCameras();
    const id = camera.id;
    await expectCode(
      client.startSequence(id, { kind: 'bracket', frames: 3, stepEv: 1 }),
      ErrorCode.NotConnected,
    );
    await expectCode(client.captureAll(), ErrorCode.NotConnected);
    const bad: [keyof typeof client, ...unknown[]][] = [
      ['startSequence', id, { kind: 'bracket', frames: 2, stepEv: 1 }],
      ['startSequence', id, { kind: 'timelapse', intervalMs: 1000 }],
      ['startSequence', id, { kind: 'warp' }],
      ['reviewShots', [], { rating: 1 }],
      ['reviewShots', ['shot-1'], { rating: 6 }],
      ['reviewShots', ['shot-1'], {}],
      ['setCaptureMetadata', { rating: 7 }],
      ['savePreset', id, '', ['iso']],
      ['savePreset', id, 'P', []],
      ['importPresets', { format: 'other', version: 1, presets: [] }],
      ['loadCameraSettings', id, '../x.dat'],
      ['captureAll', { cameraIds: [] }],
    ];
    for (const [method, ...args] of bad) {
      const err = await expectCode(callLoosely(client, method, ...args), ErrorCode.InvalidArgument);
      expect(err.message, `${method}(${JSON.stringify(args)})`).toMatch(/\w/);
    }
  });

  it('fires every connected body with capture-all and reports the skew', async () => {
    const { client } = ctx.t;
    const events = new EventRecorder(client);
    await ctx.t.eventsReady?.();
    const camera = await connectFirst(client, 'remote');
    const result = await client.captureAll();
    expect(result.shots).toEqual([expect.objectContaining({ cameraId: camera.id, ok: true, offsetMs: 0 })]);
    expect(result.skewMs).toBe(0);
    expect((await events.next('captureAll')).groupId).toBe(result.groupId);
    events.close();
  });

  it('saves, applies, exports, deletes and imports presets', async () => {
    const { client } = ctx.t;
    const events = new EventRecorder(client);
    await ctx.t.eventsReady?.();
    const camera = await connectFirst(client, 'remote');
    const iso = (await client.getProperties(camera.id)).find((p) => p.name === 'iso');
    expect(iso).toBeDefined();
    const preset = await client.savePreset(camera.id, 'Conformance', ['iso']);
    expect(presetSchema.safeParse(preset).success).toBe(true);
    expect(preset.values).toEqual([{ name: 'iso', value: iso!.hex, formatted: iso!.formatted }]);
    await events.next('presetsChanged', (e) => e.names.includes('Conformance'));
    const other = iso!.available.find((a) => a.hex !== iso!.hex)!;
    await client.setProperty(camera.id, 'iso', other.hex);
    const applied = await client.applyPreset(camera.id, 'Conformance');
    expect(applied).toEqual({
      preset: 'Conformance',
      results: [expect.objectContaining({ name: 'iso', ok: true })],
    });
    expect((await client.getProperties(camera.id)).find((p) => p.name === 'iso')?.hex).toBe(iso!.hex);
    const file = await client.exportPresets(['Conformance']);
    expect(file).toMatchObject({ format: 'tether-studio-presets', version: 1 });
    await client.deletePreset('Conformance');
    expect((await client.listPresets()).map((p) => p.name)).not.toContain('Conformance');
    await expectCode(client.deletePreset('Conformance'), ErrorCode.NotFound);
    await expectCode(client.applyPreset(camera.id, 'Conformance'), ErrorCode.NotFound);
    expect((await client.importPresets(file)).map((p) => p.name)).toEqual(['Conformance']);
    expect((await client.listPresets()).map((p) => p.name)).toContain('Conformance');
    await expectCode(client.savePreset(camera.id, 'X', ['warp-drive']), ErrorCode.UnknownProperty);
    events.close();
  });

  it('keeps the next-capture metadata and saves camera settings files on the host', async () => {
    const { client } = ctx.t;
    const meta = { rating: 2, keywords: ['studio'], creator: 'A. Photographer' };
    expect(await client.setCaptureMetadata(meta)).toEqual(meta);
    expect(await client.getCaptureMetadata()).toEqual(meta);
    const camera = await connectFirst(client, 'remote');
    const name = await client.saveCameraSettings(camera.id, 'CONFORM.DAT');
    expect(name).toBe('CONFORM.DAT');
    expect(await client.listCameraSettingsFiles()).toContain('CONFORM.DAT');
    await expectCode(client.loadCameraSettings(camera.id, 'NOSUCH.DAT'), ErrorCode.InvalidArgument);
  });
}
