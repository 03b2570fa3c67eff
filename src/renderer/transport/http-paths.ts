/**
 * Every REST path the HTTP transport uses, in one place: the Alpha Camera REST API v3 paths plus the
 * studio's `/api/studio/…` extensions.
 */
const enc = encodeURIComponent;

/** Paths of one camera. */
export function cameraPaths(cameraId: string) {
  const c = `/api/cameras/${enc(cameraId)}`;
  return {
    connection: `${c}/connection`,
    propertiesAll: `${c}/properties/all`,
    property: (name: string) => `${c}/properties/${enc(name)}`,
    afAreaPosition: `${c}/af-area-position`,
    shutter: `${c}/actions/shutter`,
    halfPress: `${c}/actions/half-press`,
    afShutter: `${c}/actions/af-shutter`,
    movieRec: `${c}/actions/movie-rec`,
    focusNearFar: `${c}/actions/focus-near-far`,
    zoom: `${c}/actions/zoom`,
    button: `${c}/actions/button`,
    touch: `${c}/actions/touch`,
    touchCancel: `${c}/actions/touch-cancel`,
    cardFiles: (slot: number) => `${c}/sd-card/slot/${slot}/files`,
  };
}

/** Live-view paths of one camera. */
export function liveViewPaths(cameraId: string) {
  const c = `/api/cameras/${enc(cameraId)}/live-view`;
  return { start: `${c}/start`, status: `${c}/status`, frame: `${c}/frame`, stream: `${c}/stream` };
}

/** The studio's extension paths. */
export const studioPaths = {
  status: '/api/studio/status',
  serverStatus: '/api/server/status',
  cameras: '/api/cameras',
  events: '/api/events',
  capture: (cameraId: string) => `/api/studio/cameras/${enc(cameraId)}/capture`,
  command: (cameraId: string) => `/api/studio/cameras/${enc(cameraId)}/commands`,
  cardSlots: (cameraId: string) => `/api/studio/cameras/${enc(cameraId)}/card/slots`,
  cardImage: (cameraId: string, slot: number, contentId: number, fileId: number, kind: string) =>
    `/api/studio/cameras/${enc(cameraId)}/card/${slot}/${contentId}/${fileId}/${kind}`,
  pull: (cameraId: string) => `/api/studio/cameras/${enc(cameraId)}/card/pull`,
  transfers: '/api/studio/transfers',
  transferCancel: (id: string) => `/api/studio/transfers/${enc(id)}/cancel`,
  transferRetry: (id: string) => `/api/studio/transfers/${enc(id)}/retry`,
  sessions: '/api/studio/sessions',
  activeSession: '/api/studio/sessions/active',
  activateSession: (id: string) => `/api/studio/sessions/${enc(id)}/activate`,
  template: '/api/studio/naming-template',
  templatePreview: (template: string) => `/api/studio/naming-template/preview?template=${enc(template)}`,
  shots: (sessionId?: string) => (sessionId ? `/api/studio/sessions/${enc(sessionId)}/shots` : '/api/studio/shots'),
  shotImage: (shotId: string, kind: string) => `/api/studio/shots/${enc(shotId)}/${kind}`,
};
