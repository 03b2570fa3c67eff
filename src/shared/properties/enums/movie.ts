import type { EnumEntry } from '../types';
import { e } from './entry';

// Values from CRSDK CrDeviceProperty.h (CrFileFormatMovie, CrRecordingSettingMovie, …). The long lists are
// enumerated in header order, so the raw value is the index (+ first value).

/** Turns a CRSDK enumerator suffix into an entry (`XAVC_S_4K` → key `xavc-s-4k`, label `XAVC S 4K`). */
function fromSdkNames(first: number, names: readonly string[]): EnumEntry[] {
  return names.map((name, i) => e(first + i, name.toLowerCase().replace(/_/g, '-'), name.replace(/_/g, ' ')));
}

/** CrFileFormatMovie (UInt8). */
// prettier-ignore
export const MOVIE_FILE_FORMAT: readonly EnumEntry[] = fromSdkNames(0, [
  'AVCHD', 'MP4', 'XAVC_S_4K', 'XAVC_S_HD', 'XAVC_HS_8K', 'XAVC_HS_4K', 'XAVC_S_L_4K', 'XAVC_S_L_HD', 'XAVC_S_I_4K',
  'XAVC_S_I_HD', 'XAVC_I', 'XAVC_L', 'XAVC_HS_HD', 'XAVC_S_I_DCI_4K', 'XAVC_H_I_HQ', 'XAVC_H_I_SQ', 'XAVC_H_L',
  'X_OCN_XT', 'X_OCN_ST', 'X_OCN_LT', 'XAVC_Proxy', 'XAVC_HS_L_422', 'XAVC_HS_L_420', 'XAVC_S_L_422', 'XAVC_S_L_420',
  'XAVC_S_I_422', 'MPEG_HD_422',
]);

/** CrRecordingSettingMovie (UInt16), from 0x0001. */
// prettier-ignore
export const MOVIE_RECORDING_SETTING: readonly EnumEntry[] = fromSdkNames(1, [
  '60p_50M', '30p_50M', '24p_50M', '50p_50M', '25p_50M', '60i_24M', '50i_24M_FX', '60i_17M_FH', '50i_17M_FH',
  '60p_28M_PS', '50p_28M_PS', '24p_24M_FX', '25p_24M_FX', '24p_17M_FH', '25p_17M_FH', '120p_50M_1280x720',
  '100p_50M_1280x720', '1920x1080_30p_16M', '1920x1080_25p_16M', '1280x720_30p_6M', '1280x720_25p_6M',
  '1920x1080_60p_28M', '1920x1080_50p_28M', '60p_25M_XAVC_S_HD', '50p_25M_XAVC_S_HD', '30p_16M_XAVC_S_HD',
  '25p_16M_XAVC_S_HD', '120p_100M_1920x1080_XAVC_S_HD', '100p_100M_1920x1080_XAVC_S_HD',
  '120p_60M_1920x1080_XAVC_S_HD', '100p_60M_1920x1080_XAVC_S_HD', '30p_100M_XAVC_S_4K', '25p_100M_XAVC_S_4K',
  '24p_100M_XAVC_S_4K', '30p_60M_XAVC_S_4K', '25p_60M_XAVC_S_4K', '24p_60M_XAVC_S_4K', '600M_422_10bit',
  '500M_422_10bit', '400M_420_10bit', '300M_422_10bit', '280M_422_10bit', '250M_422_10bit', '240M_422_10bit',
  '222M_422_10bit', '200M_422_10bit', '200M_420_10bit', '200M_420_8bit', '185M_422_10bit', '150M_420_10bit',
  '150M_420_8bit', '140M_422_10bit', '111M_422_10bit', '100M_422_10bit', '100M_420_10bit', '100M_420_8bit',
  '93M_422_10bit', '89M_422_10bit', '75M_420_10bit', '60M_420_8bit', '50M_422_10bit', '50M_420_10bit',
  '50M_420_8bit', '45M_420_10bit', '30M_420_10bit', '25M_420_8bit', '16M_420_8bit', '520M_422_10bit',
  '260M_422_10bit',
]);

/** CrRecordingFrameRateSettingMovie (UInt8). */
export const MOVIE_FRAME_RATE: readonly EnumEntry[] = [
  e(0x01, '120p', '120p'),
  e(0x02, '100p', '100p'),
  e(0x03, '60p', '60p'),
  e(0x04, '50p', '50p'),
  e(0x05, '30p', '30p'),
  e(0x06, '25p', '25p'),
  e(0x07, '24p', '24p'),
  e(0x08, '23.98p', '23.98p', '23_98p'),
  e(0x09, '29.97p', '29.97p', '29_97p'),
  e(0x0a, '59.94p', '59.94p', '59_94p'),
  e(0x16, '24.00p', '24.00p', '24_00p'),
  e(0x17, '119.88p', '119.88p', '119_88p'),
];

/** CrMovieShootingMode (UInt16). */
export const MOVIE_SHOOTING_MODE: readonly EnumEntry[] = [
  e(0x0001, 'off', 'Off'),
  e(0x0301, 'cine-ei', 'Cine EI', 'CineEI'),
  e(0x0302, 'cine-ei-quick', 'Cine EI Quick', 'CineEIQuick'),
  e(0x0401, 'custom', 'Custom'),
  e(0x0501, 'flexible-iso', 'Flexible ISO', 'FlexibleISO'),
];

/** CrMovieShootingModeColorGamut (UInt8). */
export const MOVIE_COLOR_GAMUT: readonly EnumEntry[] = [
  e(1, 's-gamut3-cine', 'S-Gamut3.Cine', 'S_Gamut3_Cine'),
  e(2, 's-gamut3', 'S-Gamut3', 'S_Gamut3'),
];

/** CrTimeCodeFormat (UInt8). */
export const TIMECODE_FORMAT: readonly EnumEntry[] = [
  e(1, 'df', 'DF', 'drop-frame'),
  e(2, 'ndf', 'NDF', 'non-drop-frame'),
];

/** CrTimeCodeRun (UInt8). */
export const TIMECODE_RUN: readonly EnumEntry[] = [
  e(1, 'rec-run', 'Rec Run', 'RecRun'),
  e(2, 'free-run', 'Free Run', 'FreeRun'),
];

/** CrTimeCodeMake (UInt8). */
export const TIMECODE_MAKE: readonly EnumEntry[] = [
  e(1, 'preset', 'Preset'),
  e(2, 'regenerate', 'Regenerate'),
];

/** CrWindNoiseReduction (UInt8). */
export const WIND_NOISE_REDUCTION: readonly EnumEntry[] = [
  e(1, 'off', 'Off'),
  e(2, 'on', 'On'),
  e(3, 'auto', 'Auto'),
];
