import type { ProStudioClient } from '../../shared/pro-client';
import type { Studio } from './studio';

/**
 * The handlers of the pro-shooting StudioClient methods (part of the one table in `studio-handlers.ts`).
 * Services are looked up per call, like every other handler, so a partial Studio (adapter tests) works.
 */
export function proHandlers(studio: Pick<Studio, 'pro' | 'extras'>): ProStudioClient {
  const pro = () => studio.pro;
  return {
    startSequence: (cameraId, spec) => pro().sequences.start(cameraId, spec),
    listSequences: async () => pro().sequences.list(),
    getSequence: async (runId) => pro().sequences.get(runId),
    cancelSequence: (runId) => pro().sequences.cancel(runId),

    listShotReviews: (sessionId) => pro().reviews.list(sessionId),
    reviewShots: (shotIds, patch) => pro().reviews.review(shotIds, patch),
    getCaptureMetadata: async () => pro().reviews.captureMetadata(),
    setCaptureMetadata: (metadata) => pro().reviews.setCaptureMetadata(metadata),

    listPresets: async () => pro().presets.list(),
    savePreset: (cameraId, name, properties) => pro().presets.save(cameraId, name, properties),
    deletePreset: (name) => pro().presets.remove(name),
    applyPreset: (cameraId, name) => pro().presets.apply(cameraId, name),
    exportPresets: async (names) => pro().presets.exportFile(names),
    importPresets: (file) => pro().presets.importFile(file),

    listCameraSettingsFiles: () => studio.extras.listSettingsFiles(),
    saveCameraSettings: async (cameraId, filename) =>
      (await studio.extras.downloadSettings(cameraId, filename)).filename,
    loadCameraSettings: (cameraId, filename) => studio.extras.uploadSettings(cameraId, filename),

    captureAll: (options) => pro().multiCamera.captureAll(options),
  };
}
