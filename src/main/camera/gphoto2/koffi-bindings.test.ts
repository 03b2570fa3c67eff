import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { CAMERA_ABILITIES, CAMERA_FILE_INFO, CAMERA_FILE_PATH, CAMERA_STORAGE_INFO } from './koffi-bindings';

// Sizes printed by a C program compiled against Debian's libgphoto2-dev 2.5.30 headers (x86_64 and arm64 LP64):
// sizeof(CameraAbilities) 2504, CameraFileInfo 272 (file.mtime at 184), CameraStorageInformation 808,
// CameraFilePath 1152, offsetof(CameraAbilities, usb_vendor) 404.
describe('libgphoto2 struct layouts declared for koffi', () => {
  it('match the C headers', () => {
    expect(koffi.sizeof(CAMERA_ABILITIES)).toBe(2504);
    expect(koffi.offsetof(CAMERA_ABILITIES, 'usb_vendor')).toBe(404);
    expect(koffi.sizeof(CAMERA_FILE_INFO)).toBe(272);
    expect(koffi.sizeof(CAMERA_STORAGE_INFO)).toBe(808);
    expect(koffi.sizeof(CAMERA_FILE_PATH)).toBe(1152);
  });
});
