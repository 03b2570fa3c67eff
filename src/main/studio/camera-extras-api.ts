import type { LiveViewFrame } from '../../shared/camera-types';

/** A camera settings file saved on the host. */
export interface SavedSettingsFile {
  /** Absolute path. */
  path: string;
  /** File name inside the settings folder (a clash gets `-1`, `-2`, …). */
  filename: string;
}

/**
 * The body features only the Alpha API reaches: OSD composite frames, camera settings files (`CUMSET.DAT`),
 * LUT import and the access-authentication fingerprint (implemented by `CameraExtras`).
 */
export interface CameraExtrasApi {
  /** Turns OSD composite frames on/off; needs a live-view mode; NOT_SUPPORTED where the body cannot. */
  setOsdEnabled(cameraId: string, enabled: boolean): Promise<void>;
  /** Whether the connected body supports OSD and whether it is on. */
  osdStatus(cameraId: string): { supported: boolean; enabled: boolean };
  /** The latest OSD composite frame; null before the first and whenever the camera is not connected. */
  latestOsdFrame(cameraId: string): LiveViewFrame | null;
  /** Access-authentication fingerprint (network bodies); null for USB bodies. */
  fingerprint(cameraId: string): Promise<string | null>;
  /** Settings files saved on the host (`*.dat` in the settings folder), sorted by name. */
  listSettingsFiles(): Promise<string[]>;
  /**
   * Downloads the camera's settings file into the settings folder as `filename` (default: the camera's own
   * name): `.part`, fsync, then published under a free name; never overwrites.
   */
  downloadSettings(cameraId: string, filename?: string): Promise<SavedSettingsFile>;
  /** Loads a saved settings file into the camera (it applies them and reboots). INVALID_ARGUMENT for unknown names. */
  uploadSettings(cameraId: string, filename: string): Promise<void>;
  /** Starts importing a host `.cube` LUT into a user slot; resolves with the absolute file imported. */
  importLut(cameraId: string, filePath: string, slot: number): Promise<string>;
}
