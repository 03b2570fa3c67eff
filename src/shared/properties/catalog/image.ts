import { CR } from '../codes';
import { LOCK_INDICATOR, OFF0_ON1, OFF1_ON2, e } from '../enums/entry';
import {
  ASPECT_RATIO,
  COLOR_SPACE,
  CREATIVE_LOOK,
  DRO,
  HIGH_ISO_NR,
  IMAGE_SIZE,
  PICTURE_PROFILE,
  WHITE_BALANCE,
} from '../enums/image';
import { AUDIO_SIGNALS, SHUTTER_MODE, SHUTTER_TYPE } from '../enums/status';
import { DRIVE_MODE } from '../enums/drive';
import type { PropertyDef } from '../types';
import { p } from './define';

const SOFT_SKIN = [e(1, 'off', 'Off'), e(2, 'low', 'Low'), e(3, 'mid', 'Mid'), e(4, 'high', 'High')];

/** Drive and shutter properties. */
export const DRIVE_PROPERTIES: readonly PropertyDef[] = [
  p({ name: 'drive-mode', code: CR.DriveMode, label: 'Drive mode', group: 'drive', valueType: 'uint32', encoding: 'enum', enum: DRIVE_MODE }),
  p({ name: 'shutter-type', code: CR.ShutterType, label: 'Shutter type', group: 'drive', valueType: 'uint8', encoding: 'enum', enum: SHUTTER_TYPE }),
  p({ name: 'silent-mode', code: CR.SilentMode, label: 'Silent mode', group: 'drive', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
  p({ name: 'shutter-mode', code: CR.ShutterMode, label: 'Shutter mode', group: 'drive', valueType: 'uint8', encoding: 'enum', enum: SHUTTER_MODE }),
  p({ name: 'shutter-angle', code: CR.ShutterAngle, label: 'Shutter angle', group: 'drive', valueType: 'uint32', encoding: 'integer' }),
  p({ name: 'e-front-curtain-shutter', code: CR.ElectricFrontCurtainShutter, label: 'e-Front curtain', group: 'drive', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
  p({ name: 'bulb-timer-setting', code: CR.BulbTimerSetting, label: 'Bulb timer', group: 'drive', valueType: 'uint8', encoding: 'enum', enum: OFF0_ON1 }),
  p({ name: 'bulb-exposure-time', code: CR.BulbExposureTimeSetting, label: 'Bulb time', group: 'drive', valueType: 'uint16', encoding: 'integer', unit: 's' }),
  p({ name: 'audio-signals', code: CR.AudioSignals, label: 'Audio signals', group: 'drive', valueType: 'uint8', encoding: 'enum', enum: AUDIO_SIGNALS }),
];

/** Colour, tone and image-processing properties. */
export const IMAGE_PROPERTIES: readonly PropertyDef[] = [
  p({ name: 'white-balance', code: CR.WhiteBalance, label: 'White balance', group: 'image', valueType: 'uint16', encoding: 'enum', enum: WHITE_BALANCE }),
  p({ name: 'white-balance-color-temp', aliases: ['color-temperature', 'colortemp', 'color-temp'], code: CR.Colortemp, label: 'Color temp', group: 'image', valueType: 'uint16', encoding: 'kelvin' }),
  p({ name: 'awb-lock', code: CR.AWBL, label: 'AWB lock', group: 'image', valueType: 'uint16', encoding: 'enum', enum: LOCK_INDICATOR }),
  p({ name: 'dro', aliases: ['dro-hdr'], code: CR.DRO, label: 'DRO/Auto HDR', group: 'image', valueType: 'uint16', encoding: 'enum', enum: DRO }),
  p({ name: 'image-size', code: CR.ImageSize, label: 'Image size', group: 'image', valueType: 'uint16', encoding: 'enum', enum: IMAGE_SIZE }),
  p({ name: 'aspect-ratio', code: CR.AspectRatio, label: 'Aspect ratio', group: 'image', valueType: 'uint16', encoding: 'enum', enum: ASPECT_RATIO }),
  p({ name: 'color-space', code: CR.ColorSpace, label: 'Color space', group: 'image', valueType: 'uint8', encoding: 'enum', enum: COLOR_SPACE }),
  p({ name: 'high-iso-nr', code: CR.HighIsoNR, label: 'High ISO NR', group: 'image', valueType: 'uint8', encoding: 'enum', enum: HIGH_ISO_NR }),
  p({ name: 'long-exposure-nr', code: CR.LongExposureNR, label: 'Long exposure NR', group: 'image', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
  p({ name: 'image-stabilization', aliases: ['steady-shot'], code: CR.ImageStabilizationSteadyShot, label: 'SteadyShot', group: 'image', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
  p({ name: 'creative-look', code: CR.CreativeLook, label: 'Creative Look', group: 'image', valueType: 'uint16', encoding: 'enum', enum: CREATIVE_LOOK }),
  p({ name: 'picture-profile', code: CR.PictureProfile, label: 'Picture profile', group: 'image', valueType: 'uint8', encoding: 'enum', enum: PICTURE_PROFILE }),
  p({ name: 'pp-lut-base-look', code: CR.SelectUserBaseLookToSetInPPLUT, label: 'PP LUT base look', group: 'image', valueType: 'uint16', encoding: 'integer' }),
  p({ name: 'flicker-less-shooting', code: CR.FlickerLessShooting, label: 'Anti-flicker', group: 'image', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
  p({ name: 'soft-skin-effect', code: CR.SoftSkinEffect, label: 'Soft skin effect', group: 'image', valueType: 'uint8', encoding: 'enum', enum: SOFT_SKIN }),
  p({ name: 'hlg-still-image', code: CR.HLGStillImage, label: 'HLG still image', group: 'image', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
];
