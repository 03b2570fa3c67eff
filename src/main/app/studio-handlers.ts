import type { StudioArgs, StudioMethod, StudioResult } from '../../shared/studio-methods';
import { proHandlers } from './pro-handlers';
import { saveDefaultTemplate } from '../session/default-template';
import type { Studio } from './studio';

/** One implementation per StudioClient call, over the studio services (arguments already validated). */
export type StudioHandlers = { [K in StudioMethod]: (...args: StudioArgs<K>) => Promise<StudioResult<K>> };

/** What the transport reports for the status call (whether the REST server runs, and where). */
export type ServerState = () => { enabled: boolean; url: string | null };

/** The services the handler table calls. */
export type HandlerStudio = Pick<
  Studio,
  | 'status'
  | 'cameras'
  | 'properties'
  | 'capture'
  | 'liveView'
  | 'cards'
  | 'transfers'
  | 'sessions'
  | 'shotImages'
  | 'extras'
  | 'pro'
  | 'settings'
  | 'diagnostics'
>;

/**
 * Maps every StudioClient call onto the studio services: the ONE translation table both adapters use (the
 * IPC bridge per invoke channel, the HTTP server per `/api/studio` method route). Thin on purpose: the
 * transports validated the arguments with the method's schema; rules live in the services.
 */
export function createStudioHandlers(studio: HandlerStudio, serverState: ServerState): StudioHandlers {
  return {
    getStatus: async () => studio.status(serverState()),
    listCameras: () => studio.cameras.list(),
    connect: (cameraId, mode) => studio.cameras.connect(cameraId, mode),
    disconnect: (cameraId) => studio.cameras.disconnect(cameraId),

    getProperties: (cameraId) => studio.properties.getAll(cameraId),
    setProperty: (cameraId, name, value) => studio.properties.set(cameraId, name, value),

    capture: (cameraId, options) => studio.capture.capture(cameraId, options),
    sendCommand: (cameraId, command) => studio.capture.sendCommand(cameraId, command),
    setAfAreaPosition: (cameraId, normalized) => studio.capture.setAfAreaNormalized(cameraId, normalized),
    getFocusFrames: (cameraId) => studio.capture.getFocusFrames(cameraId),

    getLiveViewStatus: async (cameraId) => {
      studio.cameras.get(cameraId);
      const { enabled, streaming } = studio.liveView.status(cameraId);
      return { enabled, streaming };
    },

    getCardSlots: (cameraId) => studio.cards.slots(cameraId),
    listCardFiles: async (cameraId, slot) => {
      const files = await studio.cards.list(cameraId, slot);
      const marks = await studio.transfers.importMarks(cameraId, files);
      return files.map((f, i) => (marks[i] ? { ...f, imported: marks[i] } : f));
    },
    getCardImage: (cameraId, ref, kind) => studio.cards.image(cameraId, ref, kind),
    pullCardFiles: (cameraId, refs, options) => studio.transfers.pullCardFiles(cameraId, refs, options),

    listTransfers: async () => studio.transfers.list(),
    cancelTransfer: async (jobId) => {
      await studio.transfers.cancel(jobId);
      return studio.transfers.get(jobId);
    },
    retryTransfer: async (jobId) => {
      await studio.transfers.retry(jobId);
      return studio.transfers.get(jobId);
    },
    retryFailedTransfers: (code) => studio.transfers.retryFailed(code),
    listPendingImports: async () => studio.transfers.listPending(),
    retryPendingImports: (ids) => studio.transfers.retryPending(ids),
    discardPendingImport: (id) => studio.transfers.discardPending(id),
    exportDiagnostics: () => studio.diagnostics(),

    listSessions: async () => studio.sessions.list(),
    getActiveSession: async () => studio.sessions.active(),
    createSession: (name, template) => studio.sessions.create(name, template),
    switchSession: (sessionId) => studio.sessions.switchTo(sessionId),
    setNamingTemplate: (template) => studio.sessions.setTemplate(template),
    previewName: async (template) => studio.sessions.previewName(template),
    listShots: async (sessionId, newest) => {
      const shots = await studio.sessions.shots(sessionId);
      return newest === undefined ? shots : shots.slice(-newest);
    },
    getShotImage: (shotId, kind) => studio.shotImages.get(shotId, kind),
    getStudioSettings: async () => settingsView(studio),
    setDefaultTemplate: async (template) => {
      await saveDefaultTemplate(studio.settings, template);
      return settingsView(studio);
    },
    setSessionRoot: (path) => studio.sessions.setRoot(path),

    ...proHandlers(studio),
  };
}

/** The settings the UI sees. */
function settingsView(studio: Pick<Studio, 'sessions' | 'settings'>) {
  return { sessionRoot: studio.sessions.root, namingTemplate: studio.settings.get().namingTemplate };
}
