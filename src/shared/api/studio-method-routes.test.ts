import { describe, expect, it } from 'vitest';
import { STUDIO_METHODS, type StudioArgs, type StudioMethod } from '../studio-methods';
import { fillPath } from './route-types';
import { fromHttpInput, studioMethodRoutes, toHttpInput } from './studio-method-routes';

const ref = { slot: 1, contentId: 42, fileId: 3 };
/** One well-formed call of every method (the record type makes a new method fail to compile until added). */
const SAMPLES: { [K in StudioMethod]: StudioArgs<K> } = {
  getStatus: [],
  listCameras: [],
  connect: ['D10F-7M4', 'remote-transfer'],
  disconnect: ['D10F-7M4'],
  getProperties: ['D10F-7M4'],
  setProperty: ['D10F-7M4', 'shutter-speed', '1/250'],
  capture: ['D10F-7M4', { autofocus: false }],
  sendCommand: ['D10F-7M4', { type: 'focusNearFar', step: -2 }],
  setAfAreaPosition: ['D10F-7M4', { x: 0.25, y: 0.75 }],
  getFocusFrames: ['D10F-7M4'],
  getLiveViewStatus: ['D10F-7M4'],
  getCardSlots: ['D10F-7M4'],
  listCardFiles: ['D10F-7M4', 2],
  getCardImage: ['D10F-7M4', ref, 'screennail'],
  pullCardFiles: ['D10F-7M4', [ref, { ...ref, fileId: 4 }], { destDir: '/Volumes/Card' }],
  listTransfers: [],
  cancelTransfer: ['job_7'],
  retryTransfer: ['job_7'],
  retryFailedTransfers: ['DISCONNECTED'],
  listPendingImports: [],
  retryPendingImports: [['pi_0123456789ab']],
  discardPendingImport: ['pi_0123456789ab'],
  exportDiagnostics: [],
  listSessions: [],
  getActiveSession: [],
  createSession: ['Smith wedding'],
  switchSession: ['ses_2'],
  setNamingTemplate: ['{session}_{seq:4}{ext}'],
  previewName: ['{date:YYYYMMDD}-{seq:3}{ext}'],
  listShots: ['ses_2', 200],
  getShotImage: ['shot_9', 'preview'],
  getStudioSettings: [],
  setDefaultTemplate: ['{session}_{seq:4}{ext}'],
  setSessionRoot: ['/Volumes/Shoots'],
  startSequence: ['D10F-7M4', { kind: 'bracket', frames: 5, stepEv: 1, by: 'shutter' }],
  listSequences: [],
  getSequence: ['seq_1'],
  cancelSequence: ['seq_1'],
  endExposure: ['seq_1'],
  captureAll: [{ cameraIds: ['D10F-7M4', 'D10F-7M4-2'] }],
  listShotReviews: ['ses_2'],
  reviewShots: [['shot_1', 'shot_2'], { rating: 4, label: 'red' }],
  getCaptureMetadata: [],
  setCaptureMetadata: [{ rating: 2, keywords: ['studio', 'red'], creator: 'A. Photographer' }],
  listPresets: [],
  savePreset: ['D10F-7M4', 'Studio flash', ['exposure-program-mode', 'shutter-speed', 'iso']],
  deletePreset: ['Studio flash'],
  applyPreset: ['D10F-7M4', 'Studio flash'],
  exportPresets: [['Studio flash']],
  importPresets: [
    {
      format: 'tether-studio-presets',
      version: 1,
      presets: [
        {
          name: 'Studio flash',
          createdAt: '2026-01-01T00:00:00.000Z',
          values: [{ name: 'iso', value: '0x64', formatted: 'ISO 100' }],
        },
      ],
    },
  ],
  listCameraSettingsFiles: [],
  saveCameraSettings: ['D10F-7M4', 'wedding.dat'],
  loadCameraSettings: ['D10F-7M4', 'wedding.dat'],
};

/** What travels over the wire: path params and query become strings, the body becomes JSON. */
function overTheWire(name: StudioMethod, args: readonly unknown[]) {
  const input = toHttpInput(name, args);
  const route = studioMethodRoutes[name];
  const path = fillPath(route.path, input.params as Record<string, string | number>);
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const values = new RegExp(`^${route.path.replace(/\{\w+\}/g, '([^/]+)')}$`).exec(path)!.slice(1);
  const rawParams = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(values[i])]));
  const rawQuery = Object.fromEntries(
    Object.entries(input.query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const rawBody = input.body === undefined ? undefined : JSON.parse(JSON.stringify(input.body));
  return { route, rawParams, rawQuery, rawBody };
}

describe('the REST binding of the StudioClient methods', () => {
  it('lists a route for every method, each built once (on first read) and kept', () => {
    expect(Object.keys(studioMethodRoutes).sort()).toEqual([...STUDIO_METHODS].sort());
    const first = studioMethodRoutes.listShots;
    expect(first.operationId).toBe('studioListShots');
    expect(studioMethodRoutes.listShots).toBe(first);
    expect(Object.values(studioMethodRoutes)).toHaveLength(STUDIO_METHODS.length);
  });

  it('carries every method’s arguments over HTTP and back unchanged, validated by the route', () => {
    for (const name of STUDIO_METHODS) {
      const args = SAMPLES[name] as readonly unknown[];
      const { route, rawParams, rawQuery, rawBody } = overTheWire(name, args);
      const params = route.params ? route.params.parse(rawParams) : {};
      const query = route.query ? route.query.parse(rawQuery) : {};
      if (route.bodyRequired) expect(rawBody, name).toBeDefined();
      const body = route.body ? route.body.parse(rawBody ?? {}) : undefined;
      const back = fromHttpInput(name, { params, query, body } as never);
      expect(back.slice(0, args.length), name).toEqual(args);
    }
  });

  it('puts ids in the path, GET arguments in the query and the rest in a JSON body', () => {
    const pull = toHttpInput('pullCardFiles', SAMPLES.pullCardFiles);
    expect(pull).toEqual({
      params: { cameraId: 'D10F-7M4' },
      query: {},
      body: { refs: SAMPLES.pullCardFiles[1], destDir: '/Volumes/Card' },
    });
    expect(toHttpInput('getCardImage', SAMPLES.getCardImage).params).toEqual({
      cameraId: 'D10F-7M4',
      ...ref,
      kind: 'screennail',
    });
    expect(toHttpInput('previewName', SAMPLES.previewName)).toMatchObject({
      query: { template: SAMPLES.previewName[0] },
      body: undefined,
    });
    expect(toHttpInput('sendCommand', SAMPLES.sendCommand).body).toEqual({ type: 'focusNearFar', step: -2 });
    expect(studioMethodRoutes.createSession).toMatchObject({
      method: 'POST',
      operationId: 'studioCreateSession',
    });
    expect(studioMethodRoutes.createSession.responses[201]).toBeDefined();
  });

  it('refuses on the route what the method’s own schema refuses (one schema for both transports)', () => {
    const root = studioMethodRoutes.setSessionRoot.body!;
    expect(root.safeParse({ path: '/ok' }).success).toBe(true);
    expect(root.safeParse({ path: 'relative/dir' }).success).toBe(false);
    expect(root.safeParse({ path: '/ok', extra: 1 }).success).toBe(false);
    const slot = studioMethodRoutes.listCardFiles.params!;
    expect(slot.safeParse({ cameraId: 'C', slot: '2' }).success).toBe(true);
    expect(slot.safeParse({ cameraId: 'C', slot: '3' }).success).toBe(false);
    expect(slot.safeParse({ cameraId: 'C', slot: 'two' }).success).toBe(false);
  });
});
