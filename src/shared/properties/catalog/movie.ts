import { CR } from '../codes';
import { DISABLE0_ENABLE1, OFF0_ON1, OFF1_ON2 } from '../enums/entry';
import { MOVIE_STABILIZATION } from '../enums/image';
import {
  MOVIE_COLOR_GAMUT,
  MOVIE_FILE_FORMAT,
  MOVIE_FRAME_RATE,
  MOVIE_RECORDING_SETTING,
  MOVIE_SHOOTING_MODE,
  TIMECODE_FORMAT,
  TIMECODE_MAKE,
  TIMECODE_RUN,
  WIND_NOISE_REDUCTION,
} from '../enums/movie';
import { APS_C_S35 } from '../enums/status';
import type { PropertyDef } from '../types';
import { p, ro } from './define';

/** Movie, audio, timecode and cine properties. */
export const MOVIE_PROPERTIES: readonly PropertyDef[] = [
  p({ name: 'movie-file-format', code: CR.Movie_File_Format, label: 'Movie format', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: MOVIE_FILE_FORMAT }),
  p({ name: 'movie-recording-setting', code: CR.Movie_Recording_Setting, label: 'Movie setting', group: 'movie', valueType: 'uint16', encoding: 'enum', enum: MOVIE_RECORDING_SETTING }),
  p({ name: 'movie-recording-frame-rate', code: CR.Movie_Recording_FrameRateSetting, label: 'Frame rate', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: MOVIE_FRAME_RATE }),
  p({ name: 'movie-stabilization', code: CR.Movie_ImageStabilizationSteadyShot, label: 'Movie SteadyShot', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: MOVIE_STABILIZATION }),
  p({ name: 'movie-shooting-mode', code: CR.MovieShootingMode, label: 'Shooting mode', group: 'movie', valueType: 'uint16', encoding: 'enum', enum: MOVIE_SHOOTING_MODE }),
  p({ name: 'movie-shooting-mode-color-gamut', code: CR.MovieShootingModeColorGamut, label: 'Color gamut', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: MOVIE_COLOR_GAMUT }),
  p({ name: 'audio-recording', code: CR.AudioRecording, label: 'Audio recording', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: OFF0_ON1 }),
  p({ name: 'audio-input-master-level', code: CR.AudioInputMasterLevel, label: 'Audio level', group: 'movie', valueType: 'uint8', encoding: 'integer' }),
  p({ name: 'wind-noise-reduction', code: CR.WindNoiseReduct, label: 'Wind noise reduct.', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: WIND_NOISE_REDUCTION }),
  p({ name: 'timecode-preset', code: CR.TimeCodePreset, label: 'TC preset', group: 'movie', valueType: 'uint32', encoding: 'integer' }),
  p({ name: 'timecode-format', code: CR.TimeCodeFormat, label: 'TC format', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: TIMECODE_FORMAT }),
  p({ name: 'timecode-run', code: CR.TimeCodeRun, label: 'TC run', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: TIMECODE_RUN }),
  p({ name: 'timecode-make', code: CR.TimeCodeMake, label: 'TC make', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: TIMECODE_MAKE }),
  ro({ name: 'base-look-import-enable', code: CR.BaseLookImportOperationEnableStatus, label: 'LUT import', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: DISABLE0_ENABLE1 }),
  p({ name: 'embed-lut-file', code: CR.EmbedLUTFile, label: 'Embed LUT file', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
  p({ name: 'base-look-value', code: CR.BaseLookValue, label: 'Base look', group: 'movie', valueType: 'uint16', encoding: 'integer' }),
  p({ name: 'shooting-enable', code: CR.ShootingEnableSettingLicense, label: 'Shooting enable', group: 'movie', valueType: 'uint8', encoding: 'integer' }),
  p({ name: 'aps-c-s35', code: CR.APS_C_S35, label: 'APS-C/Super 35', group: 'movie', valueType: 'uint8', encoding: 'enum', enum: APS_C_S35 }),
];
