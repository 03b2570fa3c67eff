import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../../shared/camera-types';
import { ErrorCode } from '../../../shared/errors';
import {
  EventLog,
  code,
  connect,
  enumRaw,
  expectCode,
  firstCamera,
  getProp,
  isCompleteJpeg,
  pickWritable,
  setPriority,
  takeControl,
  type ContractContext,
  type DriverCapabilities,
  type DriverUnderTest,
} from './contract-helpers';
import { cardContract } from './driver-contract-card';
import { faultContract } from './driver-contract-faults';

export type {
  ContractContext,
  DriverCapabilities,
  DriverFaultHooks,
  DriverUnderTest,
} from './contract-helpers';

/**
 * Registers the driver contract: the behaviour every `CameraDriver` must show, expressed only through
 * the interface (plus optional fault hooks). Each test gets a fresh driver from `makeDriver`.
 */
export function runDriverContract(
  name: string,
  makeDriver: () => Promise<DriverUnderTest>,
  capabilities: DriverCapabilities = {},
): void {
  describe(`CameraDriver contract: ${name}`, () => {
    const ctx = {
      caps: { priorityKey: true, liveView: true, lacks: [], transferBusySdkCode: 0x8d03, ...capabilities },
    } as ContractContext;
    let cleanup: () => Promise<void> = async () => undefined;

    beforeEach(async () => {
      const made = await makeDriver();
      ctx.driver = made.driver;
      ctx.faults = made.faults;
      cleanup = made.cleanup;
      ctx.log = new EventLog(made.driver);
      await made.driver.start();
      ctx.camera = await firstCamera(made.driver);
    });

    afterEach(async () => {
      ctx.log.close();
      await ctx.driver.stop();
      await cleanup();
    });

    coreContract(ctx);
    cardContract(ctx);
    faultContract(ctx);
  });
}

function coreContract(ctx: ContractContext): void {
  it('enumerates cameras with distinct ids and announces them on start', async () => {
    const cams = await ctx.driver.listCameras();
    expect(new Set(cams.map((c) => c.id)).size).toBe(cams.length);
    for (const c of cams) {
      expect(c.driver).toBe(ctx.driver.kind);
      expect(c.connected).toBe(false);
      expect(c.model).not.toBe('');
    }
    expect(ctx.log.of('cameraAdded').map((c) => c.id)).toEqual(expect.arrayContaining(cams.map((c) => c.id)));
    expect(ctx.driver.version()).not.toBe('');
  });

  it('rejects unknown cameras and calls on a camera that is not connected', async () => {
    await expectCode(ctx.driver.connect('NO-SUCH-CAMERA', 'remote'), ErrorCode.CameraNotFound);
    await expectCode(ctx.driver.getProperties(ctx.camera.id), ErrorCode.NotConnected);
  });

  it('connects and disconnects with events, refusing a second connect', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    expect(ctx.log.of('connected')).toContainEqual({ cameraId: id, mode: 'remote' });
    const info = (await ctx.driver.listCameras()).find((c) => c.id === id);
    expect(info).toMatchObject({ connected: true, mode: 'remote' });
    await expectCode(ctx.driver.connect(id, 'remote'), ErrorCode.AlreadyConnected);

    const gone = ctx.driver.events.waitFor('disconnected', (e) => e.cameraId === id);
    await ctx.driver.disconnect(id);
    expect(await gone).toMatchObject({ cameraId: id, expected: true });
    expect((await ctx.driver.listCameras()).find((c) => c.id === id)?.connected).toBe(false);
    await expectCode(ctx.driver.getProperties(id), ErrorCode.NotConnected);
  });

  it('gates writes and commands on the priority key', async (t) => {
    if (!ctx.caps.priorityKey) return t.skip('the body has no priority key');
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    await setPriority(ctx.driver, id, 'camera-position');
    const pk = await getProp(ctx.driver, id, 'priority-key');
    expect(pk.writable).toBe(true);
    const others = (await ctx.driver.getProperties(id)).filter((p) => p.code !== pk.code);
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((p) => p.writable)).toEqual([]);
    expect(others.filter((p) => p.available.length > 0)).toEqual([]);

    const wb = await getProp(ctx.driver, id, 'white-balance');
    await expectCode(ctx.driver.setProperty(id, wb.code, wb.value), ErrorCode.PriorityKeyNotPcRemote);
    await expectCode(
      ctx.driver.sendCommand(id, { type: 'release', action: 'down' }),
      ErrorCode.PriorityKeyNotPcRemote,
    );

    await setPriority(ctx.driver, id, 'pc-remote');
    expect((await getProp(ctx.driver, id, 'priority-key')).value).toBe(enumRaw('priority-key', 'pc-remote'));
    expect((await ctx.driver.getProperties(id)).some((p) => p.writable && p.code !== pk.code)).toBe(true);
  });

  it('sets a property, reports the change and reads it back', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    await takeControl(ctx, id);
    const { prop, other } = await pickWritable(ctx.driver, id);
    const changed = ctx.driver.events.waitFor(
      'propertyChanged',
      (e) => e.cameraId === id && e.codes.includes(prop.code),
    );
    await ctx.driver.setProperty(id, prop.code, other);
    await changed;
    const [after] = await ctx.driver.getSelectedProperties(id, [prop.code]);
    expect(after.value).toBe(other);
  });

  it('rejects a value outside the available list and keeps the old one', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    await takeControl(ctx, id);
    const { prop } = await pickWritable(ctx.driver, id);
    let bogus = 0x7ffe;
    while (prop.available.includes(bogus)) bogus--;
    await expectCode(ctx.driver.setProperty(id, prop.code, bogus), ErrorCode.ValueNotAvailable);
    const [after] = await ctx.driver.getSelectedProperties(id, [prop.code]);
    expect(after.value).toBe(prop.value);
  });

  it('does not report properties the body lacks', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    const all = (await ctx.driver.getProperties(id)).map((p) => p.code);
    expect(all.length).toBeGreaterThan(0);
    for (const name of ctx.caps.lacks) {
      expect(all, `${name} is reported`).not.toContain(code(name));
      expect(await ctx.driver.getSelectedProperties(id, [code(name)])).toEqual([]);
    }
  });

  it('refuses live view with NOT_SUPPORTED on a body without it', async (t) => {
    if (ctx.caps.liveView) return t.skip('the body has live view');
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    await expectCode(ctx.driver.setLiveViewEnabled(id, true), ErrorCode.NotSupported);
    expect(ctx.driver.getLiveViewStatus(id)).toEqual({ enabled: false, streaming: false });
    expect(ctx.driver.getLatestFrame(id)).toBeNull();
  });

  it('streams live-view JPEG frames with increasing sequence numbers, only while started', async (t) => {
    if (!ctx.caps.liveView) return t.skip('the body has no live view');
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    await ctx.driver.setLiveViewEnabled(id, true);
    const frames: LiveViewFrame[] = [];
    const three = new Promise<void>((resolve) => {
      const off = ctx.driver.events.on('frame', (f) => {
        if (f.cameraId !== id) return;
        frames.push(f);
        if (frames.length === 3) {
          off();
          resolve();
        }
      });
    });
    await ctx.driver.startLiveView(id);
    expect(ctx.driver.getLiveViewStatus(id)).toEqual({ enabled: true, streaming: true });
    await three;
    for (const f of frames) {
      expect(isCompleteJpeg(f.jpeg)).toBe(true);
      expect(f.width).toBeGreaterThan(0);
      expect(f.height).toBeGreaterThan(0);
    }
    expect(frames[1].seq).toBeGreaterThan(frames[0].seq);
    expect(frames[2].seq).toBeGreaterThan(frames[1].seq);
    expect(ctx.driver.getLatestFrame(id)?.seq).toBeGreaterThanOrEqual(frames[2].seq);

    await ctx.driver.stopLiveView(id);
    expect(ctx.driver.getLiveViewStatus(id).streaming).toBe(false);
    let late = 0;
    const off = ctx.driver.events.on('frame', (f) => void (f.cameraId === id && late++));
    await ctx.driver.disconnect(id);
    off();
    expect(late).toBe(0);
  });

  it('captures with AF: afStatus focusing/focused, then the shot arrives', async () => {
    const id = ctx.camera.id;
    const dir = await mkdtemp(join(tmpdir(), 'driver-contract-'));
    try {
      await connect(ctx.driver, id, 'remote');
      await takeControl(ctx, id);
      await ctx.driver.setSaveInfo(id, { path: dir, prefix: 'CTR', startNo: 1 });
      if (!ctx.caps.lacks.includes('focus-mode')) {
        const focusMode = await getProp(ctx.driver, id, 'focus-mode');
        const afs = enumRaw('focus-mode', 'af-s');
        if (focusMode.value !== afs) await ctx.driver.setProperty(id, code('focus-mode'), afs);
      }
      // Prefer the auto-download path; a body that cannot store to the host must at least fill its card.
      const dest = await getProp(ctx.driver, id, 'still-image-store-destination');
      const hostPc = enumRaw('still-image-store-destination', 'host-pc');
      const toHost = dest.value === hostPc || (dest.writable && dest.available.includes(hostPc));
      if (toHost && dest.value !== hostPc) await ctx.driver.setProperty(id, dest.code, hostPc);
      const focused = ctx.driver.events.waitFor(
        'afStatus',
        (e) => e.cameraId === id && e.state === 'focused',
      );
      const landed = toHost
        ? ctx.driver.events.waitFor('downloadComplete', (e) => e.cameraId === id)
        : ctx.driver.events.waitFor('contentsChanged', (e) => e.cameraId === id);
      await ctx.driver.sendCommand(id, { type: 'afShutter' });
      await focused;
      const shot = await landed;
      if ('stagedPath' in shot) {
        expect((await stat(shot.stagedPath)).size).toBe(shot.size);
        expect(shot.stagedPath.startsWith(dir)).toBe(true);
      } else expect(shot.added.length).toBeGreaterThan(0);
      const states = ctx.log
        .of('afStatus')
        .filter((e) => e.cameraId === id)
        .map((e) => e.state);
      expect(states.indexOf('focused')).toBeGreaterThanOrEqual(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses operations the connection mode does not allow', async () => {
    const id = ctx.camera.id;
    await connect(ctx.driver, id, 'remote');
    await expectCode(ctx.driver.listContents(id, 1), ErrorCode.WrongConnectionMode);
    await ctx.driver.disconnect(id);

    await connect(ctx.driver, id, 'contents');
    const wb = ctx.caps.lacks.includes('white-balance')
      ? (await ctx.driver.getProperties(id)).find((p) => p.available.length > 0)
      : await getProp(ctx.driver, id, 'white-balance');
    expect(wb, 'a writable property').toBeDefined();
    await expectCode(ctx.driver.setProperty(id, wb!.code, wb!.value), ErrorCode.WrongConnectionMode);
    await expectCode(
      ctx.driver.sendCommand(id, { type: 'release', action: 'down' }),
      ErrorCode.WrongConnectionMode,
    );
    expect((await ctx.driver.listContents(id, 1)).length).toBeGreaterThan(0);
  });
}
