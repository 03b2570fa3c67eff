import type { CameraResponse, CameraSummary } from '../../../shared/api/envelope';
import type { CameraInfo, FocusFrame } from '../../../shared/camera-types';
import { AF_SPACE_HEIGHT, AF_SPACE_WIDTH } from '../../../shared/camera-types';
import type { PropertyView } from '../../../shared/properties/property-view';
import type { Studio } from '../../app/studio';

/** The `camera` field of Alpha responses. Throws CAMERA_NOT_FOUND (404) for unknown ids. */
export function cameraSummary(studio: Pick<Studio, 'cameras'>, cameraId: string): CameraSummary {
  const info: CameraInfo = studio.cameras.get(cameraId);
  return { connected: info.connected, model: info.model, id: info.id };
}

/** A successful Alpha `CameraResponse`. */
export function cameraOk(
  studio: Pick<Studio, 'cameras'>,
  cameraId: string,
  message: string,
  data?: Record<string, unknown>,
): CameraResponse {
  const body: CameraResponse = { success: true, message, camera: cameraSummary(studio, cameraId) };
  if (data) body.data = data;
  return body;
}

/** Single-GET property payload (`PropertyData`). */
export function propertyData(view: PropertyView) {
  return {
    property: view.name,
    value: view.hex,
    formatted: view.formatted,
    writable: view.writable,
    available_values: view.available.map((a) => ({ value: a.hex, formatted: a.formatted })),
  };
}

const num = (v: number | string): number => (typeof v === 'number' ? v : 0);

/** Bulk-GET property entry (`BulkPropertyEntry`): a different shape, as the spec documents. */
export function bulkEntry(view: PropertyView) {
  return {
    current_value: num(view.value),
    current_hex_value: view.hex,
    current_formatted: view.formatted,
    writable: view.writable,
    available_values: view.available.map((a) => ({
      value: num(a.value),
      hex_value: a.hex,
      formatted: a.formatted,
    })),
  };
}

const round4 = (v: number): number => Math.round(v * 10_000) / 10_000;

/** One AF/tracking frame in the Alpha shape: normalized, AF-space position and the raw fraction. */
export function alphaFrame(f: FocusFrame) {
  return {
    type: f.type,
    state: f.state,
    priority: f.priority,
    normalized: { x: round4(f.position.x / AF_SPACE_WIDTH), y: round4(f.position.y / AF_SPACE_HEIGHT) },
    position: { x: f.position.x, y: f.position.y },
    size: {
      width: f.size.width,
      height: f.size.height,
      normalized_width: round4(f.size.width / AF_SPACE_WIDTH),
      normalized_height: round4(f.size.height / AF_SPACE_HEIGHT),
    },
    raw: {
      xNumerator: f.position.x,
      xDenominator: AF_SPACE_WIDTH,
      yNumerator: f.position.y,
      yDenominator: AF_SPACE_HEIGHT,
    },
  };
}

/** Converts a 0..1 point to the 640×480 AF space (clamped to 0..639 / 0..479). */
export function toAfSpace(p: { x: number; y: number }): { x: number; y: number } {
  return {
    x: Math.min(AF_SPACE_WIDTH - 1, Math.round(p.x * (AF_SPACE_WIDTH - 1))),
    y: Math.min(AF_SPACE_HEIGHT - 1, Math.round(p.y * (AF_SPACE_HEIGHT - 1))),
  };
}
