import type { StudioArgs, StudioMethod, StudioResult } from '../../shared/ipc-contract';
import type { Studio } from '../app/studio';

/** One implementation per StudioClient call, over the studio services (arguments already validated). */
export type StudioHandlers = { [K in StudioMethod]: (...args: StudioArgs<K>) => Promise<StudioResult<K>> };

/** What the embedded server reports for the status call. */
export type ServerState = () => { enabled: boolean; url: string | null };

/**
 * Maps every StudioClient call onto the {@link Studio} services: the IPC adapter's whole translation table.
 * Thin on purpose: validation happened at the IPC boundary, rules live in the services.
 */
export function createStudioHandlers(studio: Studio, serverState: ServerState): StudioHandlers {
  return {
    getStatus: async () => studio.status(serverState()),
    listCameras: () => studio.cameras.list(),
    connect: async (cameraId, mode) => {
      await studio.cameras.connect(cameraId, mode);
    },
    disconnect: (cameraId) => studio.cameras.disconnect(cameraId),

    getProperties: (cameraId) => studio.properties.getAll(cameraId),
    setProperty: (cameraId, name, value) => studio.properties.set(cameraId, name, value),

    capture: async (cameraId, options) => {
      await studio.capture.capture(cameraId, options);
    },
    sendCommand: (cameraId, command) => studio.capture.sendCommand(cameraId, command),
    setAfAreaPosition: (cameraId, normalized) => studio.capture.setAfAreaNormalized(cameraId, normalized),
    getFocusFrames: (cameraId) => studio.capture.getFocusFrames(cameraId),

    getLiveViewStatus: async (cameraId) => {
      const { enabled, streaming } = studio.liveView.status(cameraId);
      return { enabled, streaming };
    },

    getCardSlots: (cameraId) => studio.cards.slots(cameraId),
    listCardFiles: (cameraId, slot) => studio.cards.list(cameraId, slot),
    getCardImage: (cameraId, ref, kind) => studio.cards.image(cameraId, ref, kind),
    pullCardFiles: (cameraId, refs, options) => studio.transfers.pullCardFiles(cameraId, refs, options),

    listTransfers: async () => studio.transfers.list(),
    cancelTransfer: (jobId) => studio.transfers.cancel(jobId),
    retryTransfer: (jobId) => studio.transfers.retry(jobId),

    listSessions: async () => studio.sessions.list(),
    getActiveSession: async () => studio.sessions.active(),
    createSession: (name) => studio.sessions.create(name),
    switchSession: (sessionId) => studio.sessions.switchTo(sessionId),
    setNamingTemplate: (template) => studio.sessions.setTemplate(template),
    previewName: async (template) => studio.sessions.previewName(template),
    listShots: async (sessionId) => studio.sessions.shots(sessionId),
    getShotImage: (shotId, kind) => studio.shotImages.get(shotId, kind),
    getStudioSettings: async () => ({ sessionRoot: studio.sessions.root }),
    setSessionRoot: (path) => studio.sessions.setRoot(path),
  };
}
