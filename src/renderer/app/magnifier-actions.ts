import {
  MAGNIFIER_OFF,
  clampMagnifierCentre,
  encodeMagnifier,
  magnifiedHalfSize,
  magnifierRatios,
} from '../../shared/properties';
import type { StudioClient } from '../../shared/studio-client';
import { asErrorValue } from '../features/errors/error-messages';
import type { StudioStore } from '../store/store';

/** The catalog name of CRSDK Focus_Magnifier_Setting. */
export const MAGNIFIER_PROPERTY = 'focus-magnifier';
/** Ratios ×10 of the stream crop, for cameras without a magnifier of their own. */
export const CROP_RATIOS: readonly number[] = [50, 100];

/** What the active camera offers: its own magnifier's ratios, or the crop's. */
export function magnifierOptions(
  s: Pick<ReturnType<StudioStore['getState']>, 'activeCameraId' | 'properties'>,
): { source: 'body' | 'crop'; ratios: readonly number[] } {
  const id = s.activeCameraId;
  const prop = id ? s.properties[id]?.[MAGNIFIER_PROPERTY] : undefined;
  const ratios = prop?.writable ? magnifierRatios(prop.available.map((a) => a.value)) : [];
  return ratios.length > 0 ? { source: 'body', ratios } : { source: 'crop', ratios: CROP_RATIOS };
}

/**
 * The focus check: opens the magnifier at the AF point, pans it (arrow keys, drag) and closes it. With a
 * body magnifier every change is written to the camera (Focus_Magnifier_Setting), latest wins: a drag
 * sends at most one write at a time and then the newest centre, never a queue of stale ones.
 */
export class MagnifierActions {
  private writing = false;
  private pending: number | null = null;

  constructor(
    private readonly client: StudioClient,
    private readonly store: StudioStore,
  ) {}

  /** Opens (or changes) the magnifier at `ratioX10`, centred on the AF point when it was closed. */
  async open(ratioX10: number): Promise<void> {
    const s = this.store.getState();
    const cameraId = s.activeCameraId;
    if (!cameraId) return;
    const { source } = magnifierOptions(s);
    let centre = s.magnifier.centre;
    if (s.magnifier.ratioX10 === MAGNIFIER_OFF) centre = (await this.afPoint(cameraId)) ?? centre;
    centre = clampMagnifierCentre(ratioX10, centre);
    this.store.getState().setMagnifier({ ratioX10, centre, source });
    if (source === 'body') this.write(cameraId, encodeMagnifier(ratioX10, centre));
  }

  /** Closes the magnifier (the camera's too). */
  close(): void {
    const s = this.store.getState();
    if (s.magnifier.ratioX10 === MAGNIFIER_OFF) return;
    const { source, centre } = s.magnifier;
    s.setMagnifier({ ratioX10: MAGNIFIER_OFF });
    if (source === 'body' && s.activeCameraId)
      this.write(s.activeCameraId, encodeMagnifier(MAGNIFIER_OFF, centre));
  }

  /** Cycles off → each offered ratio → off (key M). */
  cycle(): void {
    const s = this.store.getState();
    const { ratios } = magnifierOptions(s);
    const next = ratios.find((r) => r > s.magnifier.ratioX10);
    if (next === undefined) this.close();
    else void this.open(next);
  }

  /** Moves the magnified area by AF-space units (clamped to the frame). */
  pan(dx: number, dy: number): void {
    const s = this.store.getState();
    const { ratioX10, centre, source } = s.magnifier;
    if (ratioX10 === MAGNIFIER_OFF || !s.activeCameraId) return;
    const next = clampMagnifierCentre(ratioX10, { x: centre.x + dx, y: centre.y + dy });
    if (next.x === centre.x && next.y === centre.y) return;
    s.setMagnifier({ centre: next });
    if (source === 'body') this.write(s.activeCameraId, encodeMagnifier(ratioX10, next));
  }

  /** One arrow-key step: half the magnified area in that direction. */
  step(dirX: number, dirY: number): void {
    const half = magnifiedHalfSize(this.store.getState().magnifier.ratioX10);
    this.pan(Math.round(dirX * half.width), Math.round(dirY * half.height));
  }

  /** Forgets the magnifier (camera gone or live view stopped): the body drops it itself. */
  reset(): void {
    this.pending = null;
    this.store.getState().setMagnifier({ ratioX10: MAGNIFIER_OFF });
  }

  private async afPoint(cameraId: string): Promise<{ x: number; y: number } | null> {
    try {
      const frames = await this.client.getFocusFrames(cameraId);
      const f = frames[0];
      return f ? { x: f.position.x, y: f.position.y } : null;
    } catch {
      return null;
    }
  }

  private write(cameraId: string, value: number): void {
    this.pending = value;
    if (this.writing) return;
    void this.drain(cameraId);
  }

  private async drain(cameraId: string): Promise<void> {
    this.writing = true;
    try {
      while (this.pending !== null) {
        const value = this.pending;
        this.pending = null;
        const s = this.store.getState();
        try {
          const view = await this.client.setProperty(cameraId, MAGNIFIER_PROPERTY, String(value));
          s.mergeProperties(cameraId, [view]);
          s.setWriteError(cameraId, MAGNIFIER_PROPERTY, null);
        } catch (err) {
          s.setWriteError(cameraId, MAGNIFIER_PROPERTY, asErrorValue(err));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
