import { afterEach, describe, expect, it } from 'vitest';
import { fakeProps } from '../camera/fake/fake-props';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

const cam = 'fake-1';
const sent = (h: FakeStudio) =>
  h.driver.commands.map(({ command: c }) => ('action' in c ? `${c.type}:${c.action}` : c.type));

describe('CaptureService', () => {
  it('runs S1 lock → focus → release down/up → S1 unlock', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    expect(await h.studio.capture.capture(cam)).toEqual({ focused: true });
    expect(sent(h)).toEqual(['s1:lock', 'release:down', 'release:up', 's1:unlock']);
  });

  it('releases without S1 in MF and without autofocus', async () => {
    h = await fakeStudio({ props: fakeProps({ focus: 'mf' }), connect: 'remote' });
    expect(await h.studio.capture.capture(cam)).toEqual({ focused: null });
    expect(await h.studio.capture.capture(cam, { autofocus: false })).toEqual({ focused: null });
    expect(sent(h)).toEqual(['release:down', 'release:up', 'release:down', 'release:up']);
  });

  it('releases anyway when AF does not confirm (default policy), with a warning', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    await h.studio.settings.update({ afTimeoutMs: 100 });
    h.driver.afBehaviour = 'never';
    expect(await h.studio.capture.capture(cam)).toEqual({ focused: false });
    expect(sent(h)).toEqual(['s1:lock', 'release:down', 'release:up', 's1:unlock']);
    expect(h.of('warning').map((w) => w.code)).toContain('AF_NOT_CONFIRMED');
  });

  it('in AF-C, "not focused" while the lens hunts is not a failed AF: it waits for focus', async () => {
    h = await fakeStudio({ props: fakeProps({ focus: 'af-c' }), connect: 'remote' });
    await h.studio.settings.update({ afFailAction: 'fail' });
    h.driver.afBehaviour = 'hunt';
    expect(await h.studio.capture.capture(cam)).toEqual({ focused: true });
    expect(sent(h)).toEqual(['s1:lock', 'release:down', 'release:up', 's1:unlock']);
    expect(h.of('warning').map((w) => w.code)).not.toContain('AF_NOT_CONFIRMED');
  });

  it('in AF-S the same "not focused" report is final', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    await h.studio.settings.update({ afFailAction: 'fail' });
    h.driver.afBehaviour = 'hunt';
    await expect(h.studio.capture.capture(cam)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(sent(h)).toEqual(['s1:lock', 's1:unlock']);
  });

  it('fails clearly without releasing when the policy says so, and unlocks S1', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    await h.studio.settings.update({ afFailAction: 'fail' });
    h.driver.afBehaviour = 'fail';
    await expect(h.studio.capture.capture(cam)).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringContaining('autofocus failed; the shutter was not released'),
    });
    expect(sent(h)).toEqual(['s1:lock', 's1:unlock']);
  });

  it('serialises captures per camera', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'remote' });
    await Promise.all([h.studio.capture.capture(cam), h.studio.capture.capture(cam)]);
    expect(sent(h)).toEqual([
      's1:lock',
      'release:down',
      'release:up',
      's1:unlock',
      's1:lock',
      'release:down',
      'release:up',
      's1:unlock',
    ]);
  });

  it('validates commands, AF positions and connection mode', async () => {
    h = await fakeStudio({ props: fakeProps(), connect: 'contents' });
    await expect(h.studio.capture.capture(cam)).rejects.toMatchObject({ code: 'WRONG_CONNECTION_MODE' });
    await expect(h.studio.capture.sendCommand(cam, { type: 'focusNearFar', step: 9 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(h.studio.capture.setAfAreaNormalized(cam, { x: 1.5, y: 0 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(h.studio.capture.setAfArea(cam, 640, 0)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    // Well-formed, but the body takes no commands in contents mode.
    await expect(h.studio.capture.sendCommand(cam, { type: 'focusNearFar', step: 3 })).rejects.toMatchObject({
      code: 'WRONG_CONNECTION_MODE',
    });
    expect(sent(h)).toEqual([]);
  });
});
