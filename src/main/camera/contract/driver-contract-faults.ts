import { expect, it } from 'vitest';
import type { CardFile } from '../../../shared/camera-types';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { connect, expectCode, streamError, type ContractContext } from './contract-helpers';

const refOf = (f: CardFile) => ({ slot: f.slot, contentId: f.contentId, fileId: f.fileId });

/** Hot-plug and faults; each test is skipped when the harness offers no fault hooks. */
export function faultContract(ctx: ContractContext): void {
  it('hot-unplug while connected: unexpected disconnect, camera removed, replug announces it', async (t) => {
    const faults = ctx.faults;
    if (!faults) return t.skip('harness has no fault hooks');
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    const disconnected = ctx.driver.events.waitFor('disconnected', (e) => e.cameraId === id);
    const removed = ctx.driver.events.waitFor('cameraRemoved', (e) => e.cameraId === id);
    await faults.unplug(id);
    expect(await disconnected).toMatchObject({ expected: false });
    await removed;
    expect((await ctx.driver.listCameras()).map((c) => c.id)).not.toContain(id);
    const added = ctx.driver.events.waitFor('cameraAdded', (e) => e.id === id);
    await faults.replug(id);
    expect(await added).toMatchObject({ id, connected: false });
    await connect(ctx.driver, id, 'remote');
  });

  it('reconnects by itself after a replug when connected with reconnect', async (t) => {
    const faults = ctx.faults;
    if (!faults) return t.skip('harness has no fault hooks');
    const id = ctx.camera.id;
    const first = ctx.driver.events.waitFor('connected', (e) => e.cameraId === id);
    await ctx.driver.connect(id, 'remote', { reconnect: true });
    await first;
    const reconnecting = ctx.driver.events.waitFor('reconnecting', (e) => e.cameraId === id);
    await faults.unplug(id);
    await reconnecting;
    const back = ctx.driver.events.waitFor('connected', (e) => e.cameraId === id);
    await faults.replug(id);
    expect(await back).toEqual({ cameraId: id, mode: 'remote' });
    expect(ctx.log.of('disconnected').filter((e) => e.cameraId === id)).toEqual([]);
  });

  it('an unplug mid-read fails the stream with DISCONNECTED', async (t) => {
    const faults = ctx.faults;
    if (!faults?.unplugAfterBytes) return t.skip('harness cannot unplug mid-read');
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'contents');
    const files = await ctx.driver.listContents(id, 1);
    const file = files.reduce((a, b) => (b.size > a.size ? b : a));
    await faults.unplugAfterBytes(id, 1024 * 1024);
    const { stream } = await ctx.driver.openContent(id, refOf(file));
    let got = 0;
    stream.on('data', (c: Buffer) => (got += c.length));
    const err = await streamError(stream);
    expect(isTetherError(err, ErrorCode.Disconnected)).toBe(true);
    expect(got).toBeLessThanOrEqual(1024 * 1024);
    expect(got).toBeLessThan(file.size);
  });

  it('a busy camera answers CAMERA_BUSY once, then works', async (t) => {
    const faults = ctx.faults;
    if (!faults?.busyOnce) return t.skip('harness cannot make the camera busy');
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote-transfer');
    const [file] = await ctx.driver.listContents(id, 1);
    await faults.busyOnce(id);
    await expectCode(ctx.driver.openContent(id, refOf(file)), ErrorCode.CameraBusy);
    const { stream } = await ctx.driver.openContent(id, refOf(file));
    stream.destroy();
  });
}
