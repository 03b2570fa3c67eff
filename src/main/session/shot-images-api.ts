import type { ShotImageKind } from '../../shared/studio-types';

/** Filmstrip images for shots, cached (implemented by `ShotImageService`). */
export interface ShotImageServiceApi {
  /**
   * JPEG bytes: `thumbnail` (~320 px), `preview` (~1600 px) or `full` (every pixel); RAW/TIFF use the
   * embedded preview.
   */
  get(shotId: string, kind: ShotImageKind): Promise<Uint8Array>;
}
