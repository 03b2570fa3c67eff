import { CR } from '../codes';
import { EXPOSURE_PROGRAM, FLASH_MODE, METERING_MODE } from '../enums/exposure';
import { LOCK_INDICATOR, OFF0_ON1 } from '../enums/entry';
import { BASE_ISO } from '../enums/status';
import type { PropertyDef } from '../types';
import { p, ro } from './define';

/** Exposure and flash properties. */
export const EXPOSURE_PROPERTIES: readonly PropertyDef[] = [
  p({ name: 'iso', code: CR.IsoSensitivity, label: 'ISO', group: 'exposure', valueType: 'uint32', encoding: 'iso' }),
  p({ name: 'aperture', aliases: ['f-number', 'fnumber'], code: CR.FNumber, label: 'Aperture', group: 'exposure', valueType: 'uint16', encoding: 'fnumber' }),
  p({ name: 'shutter-speed', aliases: ['shutter'], code: CR.ShutterSpeed, label: 'Shutter', group: 'exposure', valueType: 'uint32', encoding: 'shutter' }),
  p({ name: 'exposure-compensation', aliases: ['exposure-bias', 'ev'], code: CR.ExposureBiasCompensation, label: 'Exposure comp.', group: 'exposure', valueType: 'int16', encoding: 'bias' }),
  p({ name: 'exposure-program-mode', aliases: ['exposure-mode', 'mode'], code: CR.ExposureProgramMode, label: 'Exposure mode', group: 'exposure', valueType: 'uint32', encoding: 'enum', enum: EXPOSURE_PROGRAM }),
  p({ name: 'metering-mode', code: CR.MeteringMode, label: 'Metering', group: 'exposure', valueType: 'uint16', encoding: 'enum', enum: METERING_MODE }),
  p({ name: 'ae-lock', code: CR.AEL, label: 'AE lock', group: 'exposure', valueType: 'uint16', encoding: 'enum', enum: LOCK_INDICATOR }),
  p({ name: 'exposure-step', code: CR.ExposureStep, label: 'Exposure step', group: 'exposure', valueType: 'uint16', encoding: 'integer' }),
  p({ name: 'flash-mode', code: CR.FlashMode, label: 'Flash mode', group: 'exposure', valueType: 'uint16', encoding: 'enum', enum: FLASH_MODE }),
  p({ name: 'flash-compensation', code: CR.FlashCompensation, label: 'Flash comp.', group: 'exposure', valueType: 'int16', encoding: 'bias' }),
  p({ name: 'wireless-flash', code: CR.WirelessFlash, label: 'Wireless flash', group: 'exposure', valueType: 'uint16', encoding: 'enum', enum: OFF0_ON1 }),
  p({ name: 'red-eye-reduction', code: CR.RedEyeReduction, label: 'Red eye reduction', group: 'exposure', valueType: 'uint16', encoding: 'enum', enum: OFF0_ON1 }),
  p({ name: 'fe-lock', code: CR.FEL, label: 'FE lock', group: 'exposure', valueType: 'uint16', encoding: 'enum', enum: LOCK_INDICATOR }),
  ro({ name: 'iso-current', code: CR.IsoCurrentSensitivity, label: 'ISO (current)', group: 'exposure', valueType: 'uint32', encoding: 'iso' }),
  p({ name: 'exposure-index', code: CR.ExposureIndex, label: 'Exposure index', group: 'exposure', valueType: 'uint16', encoding: 'integer' }),
  p({ name: 'base-iso', code: CR.GainBaseIsoSensitivity, label: 'Base ISO', group: 'exposure', valueType: 'uint8', encoding: 'enum', enum: BASE_ISO }),
];
