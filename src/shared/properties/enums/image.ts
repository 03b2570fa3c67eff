import type { EnumEntry } from '../types';
import { e } from './entry';

// Values from CRSDK CrDeviceProperty.h (CrFileType, CrImageQuality, CrWhiteBalanceSetting, CrDRangeOptimizer, …).

/** CrFileType (UInt16). */
export const FILE_TYPE: readonly EnumEntry[] = [
  e(1, 'jpeg', 'JPEG', 'jpg'),
  e(2, 'raw', 'RAW'),
  e(3, 'raw-jpeg', 'RAW+JPEG', 'RawJpeg', 'raw-and-jpeg'),
  e(4, 'raw-heif', 'RAW+HEIF', 'RawHeif', 'raw-and-heif'),
  e(5, 'heif', 'HEIF'),
];

/** CrImageQuality (UInt16), formerly CrJpegQuality. */
export const IMAGE_QUALITY: readonly EnumEntry[] = [
  e(1, 'light', 'Light', 'eco'),
  e(2, 'standard', 'Standard', 'std'),
  e(3, 'fine', 'Fine'),
  e(4, 'extra-fine', 'Extra fine', 'ExFine', 'x-fine'),
];

/** CrWhiteBalanceSetting (UInt16). */
export const WHITE_BALANCE: readonly EnumEntry[] = [
  e(0x0000, 'auto', 'Auto', 'awb'),
  e(0x0001, 'underwater-auto', 'Underwater Auto', 'Underwater_Auto'),
  e(0x0011, 'daylight', 'Daylight'),
  e(0x0012, 'shade', 'Shade', 'shadow'),
  e(0x0013, 'cloudy', 'Cloudy'),
  e(0x0014, 'incandescent', 'Incandescent', 'tungsten'),
  e(0x0020, 'fluorescent', 'Fluorescent'),
  e(0x0021, 'fluorescent-warm-white', 'Fluor.: Warm White', 'Fluorescent_WarmWhite'),
  e(0x0022, 'fluorescent-cool-white', 'Fluor.: Cool White', 'Fluorescent_CoolWhite'),
  e(0x0023, 'fluorescent-day-white', 'Fluor.: Day White', 'Fluorescent_DayWhite'),
  e(0x0024, 'fluorescent-daylight', 'Fluor.: Daylight', 'Fluorescent_Daylight'),
  e(0x0030, 'flash', 'Flash', 'flush'),
  e(0x0100, 'color-temp', 'C.Temp./Filter', 'ColorTemp', 'color-temperature', 'kelvin'),
  e(0x0101, 'custom-1', 'Custom 1', 'Custom_1'),
  e(0x0102, 'custom-2', 'Custom 2', 'Custom_2'),
  e(0x0103, 'custom-3', 'Custom 3', 'Custom_3'),
  e(0x0104, 'custom', 'Custom'),
];

/** CrDRangeOptimizer (UInt16). */
export const DRO: readonly EnumEntry[] = [
  e(0x00, 'off', 'Off'),
  e(0x01, 'on', 'On'),
  e(0x10, 'plus', 'DRO+', 'Plus'),
  e(0x11, 'plus-manual-1', 'DRO Lv1', 'Plus_Manual_1', 'lv1'),
  e(0x12, 'plus-manual-2', 'DRO Lv2', 'Plus_Manual_2', 'lv2'),
  e(0x13, 'plus-manual-3', 'DRO Lv3', 'Plus_Manual_3', 'lv3'),
  e(0x14, 'plus-manual-4', 'DRO Lv4', 'Plus_Manual_4', 'lv4'),
  e(0x15, 'plus-manual-5', 'DRO Lv5', 'Plus_Manual_5', 'lv5'),
  e(0x20, 'auto', 'DRO Auto', 'Auto'),
  e(0x30, 'hdr-auto', 'HDR Auto', 'HDR_Auto'),
  e(0x31, 'hdr-1ev', 'HDR 1.0EV', 'HDR_10Ev'),
  e(0x32, 'hdr-2ev', 'HDR 2.0EV', 'HDR_20Ev'),
  e(0x33, 'hdr-3ev', 'HDR 3.0EV', 'HDR_30Ev'),
  e(0x34, 'hdr-4ev', 'HDR 4.0EV', 'HDR_40Ev'),
  e(0x35, 'hdr-5ev', 'HDR 5.0EV', 'HDR_50Ev'),
  e(0x36, 'hdr-6ev', 'HDR 6.0EV', 'HDR_60Ev'),
];

/** CrImageSize (UInt16). */
export const IMAGE_SIZE: readonly EnumEntry[] = [
  e(1, 'l', 'L', 'large'),
  e(2, 'm', 'M', 'medium'),
  e(3, 's', 'S', 'small'),
  e(4, 'vga', 'VGA'),
];

/** CrAspectRatioIndex (UInt16). */
export const ASPECT_RATIO: readonly EnumEntry[] = [
  e(1, '3:2', '3:2', '3_2'),
  e(2, '16:9', '16:9', '16_9'),
  e(3, '4:3', '4:3', '4_3'),
  e(4, '1:1', '1:1', '1_1'),
];

/** CrRAWFileCompressionType (UInt16). */
export const RAW_COMPRESSION: readonly EnumEntry[] = [
  e(0, 'uncompressed', 'Uncompressed', 'Uncompression'),
  e(1, 'compressed', 'Compressed', 'Compression'),
  e(2, 'lossless', 'Lossless Comp', 'LossLess'),
  e(3, 'lossless-s', 'Lossless Comp (S)', 'LossLessS'),
  e(4, 'lossless-m', 'Lossless Comp (M)', 'LossLessM'),
  e(5, 'lossless-l', 'Lossless Comp (L)', 'LossLessL'),
  e(6, 'compressed-hq', 'Compressed HQ', 'Compressed_HQ'),
];

/** CrCompressionFileFormat (UInt8): JPEG or HEIF for stills. */
export const COMPRESSION_FILE_FORMAT: readonly EnumEntry[] = [
  e(1, 'jpeg', 'JPEG'),
  e(2, 'heif-422', 'HEIF (4:2:2)', 'HEIF_422'),
  e(3, 'heif-420', 'HEIF (4:2:0)', 'HEIF_420'),
];

/** CrColorSpace (UInt8). */
export const COLOR_SPACE: readonly EnumEntry[] = [
  e(1, 'srgb', 'sRGB'),
  e(2, 'adobe-rgb', 'AdobeRGB', 'AdobeRGB'),
];

/** CrHighIsoNR (UInt8). */
export const HIGH_ISO_NR: readonly EnumEntry[] = [
  e(1, 'off', 'Off'),
  e(2, 'low', 'Low'),
  e(3, 'normal', 'Normal'),
  e(4, 'high', 'High'),
];

/** CrCreativeLook (UInt16): bits 8-15 type, bits 0-7 index; Custom Look n = 0x0100 + n. */
export const CREATIVE_LOOK: readonly EnumEntry[] = [
  e(0x01, 'st', 'ST', 'standard'),
  e(0x02, 'pt', 'PT', 'portrait'),
  e(0x03, 'nt', 'NT', 'neutral'),
  e(0x04, 'vv', 'VV', 'vivid'),
  e(0x05, 'vv2', 'VV2', 'vivid2'),
  e(0x06, 'fl', 'FL', 'film'),
  e(0x07, 'in', 'IN', 'instant'),
  e(0x08, 'sh', 'SH', 'soft-highkey'),
  e(0x09, 'bw', 'BW', 'black-white'),
  e(0x0a, 'se', 'SE', 'sepia'),
  e(0x0b, 'fl2', 'FL2', 'film2'),
  e(0x0c, 'fl3', 'FL3', 'film3'),
  ...[1, 2, 3, 4, 5, 6].map((n) => e(0x100 + n, `custom-look-${n}`, `Custom Look ${n}`)),
];

/** CrPictureProfile (UInt8). */
export const PICTURE_PROFILE: readonly EnumEntry[] = [
  e(0x00, 'off', 'Off'),
  ...Array.from({ length: 11 }, (_, i) => e(i + 1, `pp${i + 1}`, `PP${i + 1}`, `Number${i + 1}`)),
  ...[1, 2, 3, 4].map((n) => e(0x40 + n, `lut${n}`, `LUT${n}`, `LUT_Number${n}`)),
];

/** CrImageStabilizationSteadyShotMovie (UInt8). */
export const MOVIE_STABILIZATION: readonly EnumEntry[] = [
  e(1, 'off', 'Off'),
  e(2, 'standard', 'Standard'),
  e(3, 'active', 'Active'),
  e(4, 'dynamic-active', 'Dynamic Active', 'DynamicActive'),
];
