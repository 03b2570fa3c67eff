import type { StateCreator } from 'zustand';
import type { UiError } from '../features/errors/error-messages';
import type { PropertyView } from '../../shared/properties/property-view';

/** Property views per camera (by Alpha API name), plus in-flight writes and their errors. */
export interface PropertiesSlice {
  properties: Record<string, Record<string, PropertyView>>;
  /** `${cameraId}:${name}` → true while a write is in flight. */
  pendingWrites: Record<string, true>;
  /** `${cameraId}:${name}` → the last failed write's error. */
  writeErrors: Record<string, UiError>;
  /** Replaces every property of a camera. */
  setProperties(cameraId: string, views: PropertyView[]): void;
  /** Updates some properties of a camera, keeping the others. */
  mergeProperties(cameraId: string, views: PropertyView[]): void;
  /** Drops a camera's properties (disconnected). */
  clearProperties(cameraId: string): void;
  setWritePending(cameraId: string, name: string, pending: boolean): void;
  setWriteError(cameraId: string, name: string, error: UiError | null): void;
}

/** The key used by `pendingWrites` and `writeErrors`. */
export function writeKey(cameraId: string, name: string): string {
  return `${cameraId}:${name}`;
}

function byName(views: PropertyView[]): Record<string, PropertyView> {
  const out: Record<string, PropertyView> = {};
  for (const v of views) out[v.name] = v;
  return out;
}

/** Creates the properties slice. */
export const createPropertiesSlice: StateCreator<PropertiesSlice, [], [], PropertiesSlice> = (set) => ({
  properties: {},
  pendingWrites: {},
  writeErrors: {},
  setProperties: (cameraId, views) =>
    set((s) => ({ properties: { ...s.properties, [cameraId]: byName(views) } })),
  mergeProperties: (cameraId, views) =>
    set((s) => ({
      properties: { ...s.properties, [cameraId]: { ...s.properties[cameraId], ...byName(views) } },
    })),
  clearProperties: (cameraId) =>
    set((s) => {
      const properties = { ...s.properties };
      delete properties[cameraId];
      return { properties };
    }),
  setWritePending: (cameraId, name, pending) =>
    set((s) => {
      const pendingWrites = { ...s.pendingWrites };
      if (pending) pendingWrites[writeKey(cameraId, name)] = true;
      else delete pendingWrites[writeKey(cameraId, name)];
      return { pendingWrites };
    }),
  setWriteError: (cameraId, name, error) =>
    set((s) => {
      const writeErrors = { ...s.writeErrors };
      if (error) writeErrors[writeKey(cameraId, name)] = error;
      else delete writeErrors[writeKey(cameraId, name)];
      return { writeErrors };
    }),
});
