/** Filmstrip images for shots, cached (implemented by `ShotImageService`). */
export interface ShotImageServiceApi {
  /** JPEG bytes: `thumbnail` (~320 px) or `preview` (~1600 px); RAW/TIFF use the embedded preview. */
  get(shotId: string, kind: 'thumbnail' | 'preview'): Promise<Uint8Array>;
}
