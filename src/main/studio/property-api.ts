import type { PropertyView } from '../../shared/properties/property-view';

/** Cached, validated property access (implemented by `PropertyService`). */
export interface PropertyServiceApi {
  /** Every catalog-known property of a connected camera. */
  getAll(cameraId: string): Promise<PropertyView[]>;
  /** One property by Alpha API name; throws UNKNOWN_PROPERTY. */
  get(cameraId: string, name: string): Promise<PropertyView>;
  /**
   * Parses `input` (hex, decimal or friendly), checks it is writable and currently available, writes it and
   * resolves with the re-read view. Errors: UNKNOWN_PROPERTY, PROPERTY_NOT_WRITABLE, VALUE_NOT_AVAILABLE, INVALID_VALUE.
   */
  set(cameraId: string, name: string, input: string): Promise<PropertyView>;
  /** The priority-key property. */
  getPriorityKey(cameraId: string): Promise<PropertyView>;
  /** Sets the priority key (`pc-remote` / `camera-position`, or hex/decimal). */
  setPriorityKey(cameraId: string, input: string): Promise<PropertyView>;
}
