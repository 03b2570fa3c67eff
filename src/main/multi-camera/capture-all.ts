import { randomUUID } from 'node:crypto';
import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import type { CaptureAllOptions, CaptureAllResult, CaptureAllShot } from '../../shared/multi-camera-types';
import type { ShotGroup } from '../../shared/review-types';
import type { ShotInfo } from '../../shared/studio-types';
import type { EventBus } from '../core/event-bus';
import type { CameraRegistryApi } from '../studio/camera-registry-api';
import type { CaptureServiceApi } from '../studio/capture-api';

/** What capture-all announces frames to (the review's shot tagger). */
export interface CaptureAllTagger {
  expect(cameraId: string, group: () => ShotGroup): Promise<ShotInfo>;
  forget(cameraId: string, count: number): void;
}

/** Fires several bodies at once (implemented by `CaptureAll`). */
export interface CaptureAllApi {
  /** One plain release on every connected body (or those named) at once; the measured skew. */
  captureAll(options?: CaptureAllOptions): Promise<CaptureAllResult>;
}

const SHOOTING = ['remote', 'remote-transfer'] as const;

/**
 * The multi-camera trigger: every body's release is issued in the same turn of the event loop, each
 * timed (monotonic clock, before and after the body accepted its release-down); a body's release time is
 * the midpoint, its offset is measured from the first body's. Each shot joins one capture-all group with
 * its camera's position and offset, so the filmstrip and the review know which set and how far apart.
 */
export class CaptureAll implements CaptureAllApi {
  constructor(
    private readonly registry: CameraRegistryApi,
    private readonly capture: CaptureServiceApi,
    private readonly tagger: CaptureAllTagger,
    private readonly bus: EventBus,
  ) {}

  async captureAll(options: CaptureAllOptions = {}): Promise<CaptureAllResult> {
    const cameras = await this.registry.list();
    const ids =
      options.cameraIds ??
      cameras.filter((c) => c.connected && c.mode && SHOOTING.includes(c.mode as never)).map((c) => c.id);
    if (ids.length === 0)
      throw new TetherError(ErrorCode.NotConnected, 'no camera is connected in a shooting mode');
    for (const id of ids) this.registry.requireConnected(id, SHOOTING);
    const groupId = `all_${randomUUID().slice(0, 8)}`;
    const timing = new Map<string, { issuedAt: number; acceptedAt: number }>();
    const offsets = new Map<string, number>();
    const at = Date.now();
    const outcomes = await Promise.all(
      ids.map(async (cameraId, index) => {
        void this.tagger.expect(cameraId, () => ({
          id: groupId,
          kind: 'captureAll',
          index,
          ...(offsets.has(cameraId) ? { skewMs: offsets.get(cameraId) } : {}),
        }));
        try {
          await this.capture.capture(cameraId, {
            autofocus: false,
            onRelease: (t) => timing.set(cameraId, t),
          });
          return null;
        } catch (err) {
          this.tagger.forget(cameraId, 1);
          return toErrorValue(err);
        }
      }),
    );
    const mid = (id: string) => {
      const t = timing.get(id);
      return t ? (t.issuedAt + t.acceptedAt) / 2 : NaN;
    };
    const fired = ids.filter((id) => timing.has(id));
    const first = Math.min(...fired.map(mid));
    for (const id of fired) offsets.set(id, round(mid(id) - first));
    const shots: CaptureAllShot[] = ids.map((cameraId, i) => {
      const t = timing.get(cameraId);
      const error = outcomes[i];
      return {
        cameraId,
        model: cameras.find((c) => c.id === cameraId)?.model ?? cameraId,
        ok: error === null,
        offsetMs: offsets.get(cameraId) ?? 0,
        latencyMs: t ? round(t.acceptedAt - t.issuedAt) : 0,
        ...(error ? { error } : {}),
      };
    });
    const spread = fired.length > 1 ? Math.max(...fired.map((id) => offsets.get(id) ?? 0)) : 0;
    const result: CaptureAllResult = { groupId, at, skewMs: spread, shots };
    this.bus.emit('captureAll', result);
    return result;
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
