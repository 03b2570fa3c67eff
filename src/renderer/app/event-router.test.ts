// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createStudioStore } from '../store/store';
import { FakeStudioClient, fakeJob, fakeShot } from '../testing/fake-client';
import { PUSH_GRACE_MS, stripThumbs } from '../features/filmstrip/strip-thumbs';
import { StudioActions } from './studio-actions';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('StudioActions + event router', () => {
  beforeEach(() => localStorage.clear());

  it('loads everything, auto-connects the single camera and reads its properties', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    const s = actions.store.getState();
    expect(client.callsOf('connect')).toEqual([['CAM1', 'remote']]);
    expect(s.connections.CAM1).toEqual({ state: 'connected', mode: 'remote' });
    expect(s.properties.CAM1.iso.formatted).toBe('ISO 100');
    expect(s.activeSession?.name).toBe('Test');
    expect(s.studioStatus?.driver.kind).toBe('sim');
  });

  it('shows a body without live view in the pane instead of raising an error', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    actions.store.getState().setLivePhase('starting');
    client.emit({
      event: 'error',
      data: {
        cameraId: 'CAM1',
        code: 'NOT_SUPPORTED',
        message: 'Live view: this camera offers no live view',
      },
    });
    await settle();
    expect(actions.store.getState().liveView.phase).toBe('unsupported');
    expect(actions.store.getState().notices.CAM1).toBeUndefined();
  });

  it('does not auto-connect when the preference is off', async () => {
    localStorage.setItem('tether-studio.ui-prefs', JSON.stringify({ autoConnect: false, mode: 'remote' }));
    const client = new FakeStudioClient();
    await new StudioActions(client, createStudioStore()).start();
    expect(client.callsOf('connect')).toEqual([]);
  });

  it('re-reads properties on propertyChanged, collapsing bursts into one trailing read', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    const before = client.callsOf('getProperties').length;
    client.props.iso = { ...client.props.iso, hex: '0x3', formatted: 'ISO 800' };
    for (let i = 0; i < 5; i++)
      client.emit({ event: 'propertyChanged', data: { cameraId: 'CAM1', codes: [0xd21e] } });
    await settle();
    await settle();
    expect(client.callsOf('getProperties').length - before).toBeLessThanOrEqual(2);
    expect(actions.store.getState().properties.CAM1.iso.formatted).toBe('ISO 800');
  });

  it('tracks transfers from events; a shot announced by shotAdded joins the filmstrip without a re-read', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    const ref = { slot: 1, contentId: 7, fileId: 0 };
    client.emit({ event: 'transferQueued', data: fakeJob('j9', ref, 'queued') });
    client.emit({
      event: 'transferProgress',
      data: { cameraId: 'CAM1', contentId: 7, fileId: 0, percent: 60, jobId: 'j9' },
    });
    expect(actions.store.getState().jobs.j9.percent).toBe(60);
    const reads = client.callsOf('listShots').length;
    client.studio.arrive(fakeShot(1), fakeShot(2));
    client.emit({ event: 'transferDone', data: fakeJob('j9', ref, 'done', { percent: 100 }) });
    await settle();
    const s = actions.store.getState();
    expect(s.jobs.j9.state).toBe('done');
    expect(s.shots.map((x) => x.fileName)).toEqual(['Test_0002.JPG', 'Test_0001.JPG']);
    expect(s.selectedShotId).toBe('shot-2');
    expect(client.callsOf('listShots').length).toBe(reads);
    // The same announcement twice, or a shot of another session, changes nothing.
    client.emit({ event: 'shotAdded', data: s.shots[0] });
    client.emit({ event: 'shotAdded', data: { ...fakeShot(3), sessionId: 'elsewhere' } });
    expect(actions.store.getState().shots).toHaveLength(2);
  });

  it('shows a new shot with the thumbnail pushed behind it, without asking for it', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    const shot = { ...fakeShot(7), sessionId: actions.store.getState().activeSession!.id };
    client.emit({ event: 'shotAdded', data: shot });
    const jpeg = [0xff, 0xd8, 0xff, 0xd9];
    client.emit({
      event: 'shotThumbnail',
      data: { shotId: shot.id, sessionId: shot.sessionId, jpegBase64: btoa(String.fromCharCode(...jpeg)) },
    });
    const cache = stripThumbs(client);
    expect(cache.peek(shot.id)).toBe(`data:image/jpeg;base64,${btoa(String.fromCharCode(...jpeg))}`);
    // Past the grace a push would have had, still nothing was asked for.
    await new Promise((r) => setTimeout(r, PUSH_GRACE_MS + 50));
    expect(client.callsOf('getShotImage')).toEqual([]);
    // A shot whose thumbnail is not pushed (pulled from a card) is asked for once the grace is over.
    const pulled = { ...fakeShot(8), sessionId: shot.sessionId };
    client.emit({ event: 'shotAdded', data: pulled });
    expect(client.callsOf('getShotImage')).toEqual([]);
    await expect.poll(() => client.callsOf('getShotImage')).toEqual([[pulled.id, 'thumbnail']]);
    // A push for another session's shot is not kept.
    client.emit({
      event: 'shotThumbnail',
      data: { shotId: 'other', sessionId: 'elsewhere', jpegBase64: btoa('xyz') },
    });
    expect(cache.peek('other')).toBeNull();
  });

  it('follows connection events and a disconnect clears the properties', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    client.emit({ event: 'connectionState', data: { cameraId: 'CAM1', state: 'reconnecting' } });
    expect(actions.store.getState().connections.CAM1.state).toBe('reconnecting');
    client.emit({ event: 'disconnected', data: { cameraId: 'CAM1', reason: 'unplugged' } });
    expect(actions.store.getState().connections.CAM1.state).toBe('disconnected');
    expect(actions.store.getState().properties.CAM1).toBeUndefined();
    client.emit({
      event: 'warning',
      data: { cameraId: 'CAM1', code: 'CARD_ALMOST_FULL', message: 'card almost full' },
    });
    expect(actions.store.getState().notices.CAM1).toMatchObject({
      kind: 'warning',
      code: 'CARD_ALMOST_FULL',
    });
  });

  it('ignores the event stream handshake (re-syncing follows the link, see studio-link.test.ts)', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    const before = client.callsOf('listCameras').length;
    client.emit({ event: 'connected', data: { cameraId: '*' } });
    client.emit({ event: 'connected', data: { cameraId: '*' } });
    await settle();
    expect(client.callsOf('listCameras')).toHaveLength(before);
  });

  it('re-reads the studio status when a camera comes or goes (auto: a real body replaces the simulator)', async () => {
    const client = new FakeStudioClient();
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    expect(actions.store.getState().studioStatus?.driver.kind).toBe('sim');
    client.driver = { kind: 'gphoto2', reason: 'requested auto: libgphoto2 2.5.30' };
    client.emit({ event: 'cameraRemoved', data: { cameraId: 'CAM1' } });
    await settle();
    expect(actions.store.getState().studioStatus?.driver).toMatchObject({ kind: 'gphoto2' });
    client.driver = {};
    client.emit({ event: 'cameraAdded', data: { ...client.camera } });
    await settle();
    expect(actions.store.getState().studioStatus?.driver.kind).toBe('sim');
  });
});
