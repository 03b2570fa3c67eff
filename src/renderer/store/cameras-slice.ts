import type { StateCreator } from 'zustand';
import type { AfState, CameraInfo, ConnectionMode, ConnectionState } from '../../shared/camera-types';
import type { StudioStatus } from '../../shared/studio-types';
import type { UiError } from '../features/errors/error-messages';
import { loadPrefs, type UiPrefs } from '../app/prefs';

/** The capture bar's state: shots in flight, the last result and the half-press (time-lapses run in the studio). */
export interface CaptureState {
  inFlight: number;
  lastAt: number | null;
  error: UiError | null;
  halfPressed: boolean;
}

/** A camera-side message (error or warning event) shown in the camera panel. */
export interface CameraNotice {
  kind: 'error' | 'warning';
  code: string;
  message: string;
  at: number;
}

/** Connection state as the UI tracks it per camera. */
export interface CameraConnection {
  state: ConnectionState;
  mode?: ConnectionMode;
}

/** Cameras, their connection state, AF state and studio status. */
export interface CamerasSlice {
  cameras: CameraInfo[];
  activeCameraId: string | null;
  connections: Record<string, CameraConnection>;
  afStates: Record<string, AfState>;
  notices: Record<string, CameraNotice>;
  studioStatus: StudioStatus | null;
  capture: CaptureState;
  /** UI preferences (auto-connect, connection mode); persisted by the camera actions. */
  prefs: UiPrefs;
  /** Replaces the camera list; keeps the active camera when still present, else picks the first. */
  setCameras(cameras: CameraInfo[]): void;
  /** Adds or updates one camera (hot-plug, connect event). */
  upsertCamera(camera: CameraInfo): void;
  /** Removes a camera (unplugged). */
  removeCamera(cameraId: string): void;
  setActiveCamera(cameraId: string | null): void;
  setConnection(cameraId: string, state: ConnectionState, mode?: ConnectionMode): void;
  setAfState(cameraId: string, state: AfState): void;
  setNotice(cameraId: string, notice: CameraNotice | null): void;
  /** Drops every notice (they describe a past the studio has moved on from, e.g. after it restarted). */
  clearNotices(): void;
  setStudioStatus(status: StudioStatus): void;
  patchCapture(patch: Partial<CaptureState>): void;
  setPrefs(prefs: UiPrefs): void;
}

function connectionOf(c: CameraInfo): CameraConnection {
  return { state: c.state ?? (c.connected ? 'connected' : 'disconnected'), mode: c.mode };
}

/** Creates the cameras slice. */
export const createCamerasSlice: StateCreator<CamerasSlice, [], [], CamerasSlice> = (set) => ({
  cameras: [],
  activeCameraId: null,
  connections: {},
  afStates: {},
  notices: {},
  studioStatus: null,
  capture: {
    inFlight: 0,
    lastAt: null,
    error: null,
    halfPressed: false,
  },
  prefs: loadPrefs(),
  setCameras: (cameras) =>
    set((s) => {
      const connections: Record<string, CameraConnection> = {};
      for (const c of cameras) connections[c.id] = connectionOf(c);
      const keep = s.activeCameraId && cameras.some((c) => c.id === s.activeCameraId);
      return { cameras, connections, activeCameraId: keep ? s.activeCameraId : (cameras[0]?.id ?? null) };
    }),
  upsertCamera: (camera) =>
    set((s) => {
      const i = s.cameras.findIndex((c) => c.id === camera.id);
      const merged = i >= 0 ? { ...s.cameras[i], ...camera } : camera;
      const cameras = i >= 0 ? s.cameras.map((c, j) => (j === i ? merged : c)) : [...s.cameras, camera];
      return {
        cameras,
        connections: { ...s.connections, [camera.id]: connectionOf(merged) },
        activeCameraId: s.activeCameraId ?? camera.id,
      };
    }),
  removeCamera: (cameraId) =>
    set((s) => {
      const cameras = s.cameras.filter((c) => c.id !== cameraId);
      const connections = { ...s.connections };
      delete connections[cameraId];
      const activeCameraId = s.activeCameraId === cameraId ? (cameras[0]?.id ?? null) : s.activeCameraId;
      return { cameras, connections, activeCameraId };
    }),
  setActiveCamera: (cameraId) => set({ activeCameraId: cameraId }),
  setConnection: (cameraId, state, mode) =>
    set((s) => {
      const prev = s.connections[cameraId];
      const next: CameraConnection = {
        state,
        mode: mode ?? (state === 'disconnected' ? undefined : prev?.mode),
      };
      const cameras = s.cameras.map((c) =>
        c.id === cameraId ? { ...c, connected: state === 'connected', state, mode: next.mode } : c,
      );
      return { connections: { ...s.connections, [cameraId]: next }, cameras };
    }),
  setAfState: (cameraId, state) => set((s) => ({ afStates: { ...s.afStates, [cameraId]: state } })),
  setNotice: (cameraId, notice) =>
    set((s) => {
      const notices = { ...s.notices };
      if (notice) notices[cameraId] = notice;
      else delete notices[cameraId];
      return { notices };
    }),
  clearNotices: () => set({ notices: {} }),
  setStudioStatus: (studioStatus) => set({ studioStatus }),
  patchCapture: (patch) => set((s) => ({ capture: { ...s.capture, ...patch } })),
  setPrefs: (prefs) => set({ prefs }),
});
