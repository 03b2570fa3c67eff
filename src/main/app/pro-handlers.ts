import type { ProStudioClient } from '../../shared/pro-client';
import type { Studio } from './studio';

/** The handlers of the pro-shooting StudioClient methods (part of the one table in `studio-handlers.ts`). */
export function proHandlers(studio: Pick<Studio, 'pro' | 'extras'>): ProStudioClient {
  const { sequences, reviews, presets, multiCamera } = studio.pro;
  return {
    startSequence: (cameraId, spec) => sequences.start(cameraId, spec),
    listSequences: async () => sequences.list(),
    getSequence: async (runId) => sequences.get(runId),
    cancelSequence: (runId) => sequences.cancel(runId),

    listShotReviews: (sessionId) => reviews.list(sessionId),
    reviewShots: (shotIds, patch) => reviews.review(shotIds, patch),
    getCaptureMetadata: async () => reviews.captureMetadata(),
    setCaptureMetadata: (metadata) => reviews.setCaptureMetadata(metadata),

    listPresets: async () => presets.list(),
    savePreset: (cameraId, name, properties) => presets.save(cameraId, name, properties),
    deletePreset: (name) => presets.remove(name),
    applyPreset: (cameraId, name) => presets.apply(cameraId, name),
    exportPresets: async (names) => presets.exportFile(names),
    importPresets: (file) => presets.importFile(file),

    listCameraSettingsFiles: () => studio.extras.listSettingsFiles(),
    saveCameraSettings: async (cameraId, filename) =>
      (await studio.extras.downloadSettings(cameraId, filename)).filename,
    loadCameraSettings: (cameraId, filename) => studio.extras.uploadSettings(cameraId, filename),

    captureAll: (options) => multiCamera.captureAll(options),
  };
}
