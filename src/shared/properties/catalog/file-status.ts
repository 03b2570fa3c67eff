import { CR } from '../codes';
import { DISABLE0_ENABLE1, OFF1_ON2 } from '../enums/entry';
import { COMPRESSION_FILE_FORMAT, FILE_TYPE, IMAGE_QUALITY, RAW_COMPRESSION } from '../enums/image';
import {
  BATTERY_LEVEL,
  ERROR_CAUTION_STATUS,
  LIVE_VIEW_IMAGE_QUALITY,
  LIVE_VIEW_STATUS,
  OVERHEATING_STATE,
  POWER_SOURCE,
  PRIORITY_KEY,
  RAW_J_PC_SAVE_IMAGE,
  RECORDING_STATE,
  SAVE_READ_STATE,
  SDK_CONTROL_MODE,
  SLOT_STATUS,
  SLOT_WRITING_STATE,
  STILL_IMAGE_TRANS_SIZE,
  STORE_DESTINATION,
} from '../enums/status';
import type { PropertyDef } from '../types';
import { p, ro } from './define';

/** File format, transfer and image-ID properties. */
export const FILE_PROPERTIES: readonly PropertyDef[] = [
  p({ name: 'file-format', aliases: ['file-type'], code: CR.FileType, label: 'File format', group: 'file', valueType: 'uint16', encoding: 'enum', enum: FILE_TYPE }),
  p({ name: 'image-quality', aliases: ['jpeg-quality', 'still-image-quality'], code: CR.StillImageQuality, label: 'JPEG quality', group: 'file', valueType: 'uint16', encoding: 'enum', enum: IMAGE_QUALITY }),
  p({ name: 'raw-compression', aliases: ['raw-file-type'], code: CR.RAW_FileCompressionType, label: 'RAW file type', group: 'file', valueType: 'uint16', encoding: 'enum', enum: RAW_COMPRESSION }),
  p({ name: 'compression-file-format', code: CR.CompressionFileFormatStill, label: 'JPEG/HEIF switch', group: 'file', valueType: 'uint8', encoding: 'enum', enum: COMPRESSION_FILE_FORMAT }),
  p({ name: 'still-image-store-destination', aliases: ['store-destination'], code: CR.StillImageStoreDestination, label: 'Store destination', group: 'file', valueType: 'uint16', encoding: 'enum', enum: STORE_DESTINATION }),
  p({ name: 'still-image-trans-size', code: CR.Still_Image_Trans_Size, label: 'Transfer size', group: 'file', valueType: 'uint16', encoding: 'enum', enum: STILL_IMAGE_TRANS_SIZE }),
  p({ name: 'raw-jpeg-pc-save-image', code: CR.RAW_J_PC_Save_Image, label: 'RAW+J PC save', group: 'file', valueType: 'uint16', encoding: 'enum', enum: RAW_J_PC_SAVE_IMAGE }),
  p({ name: 'image-id-string', code: CR.ImageID_String, label: 'Image ID', group: 'file', valueType: 'string', encoding: 'string' }),
  ro({ name: 'image-id-string-max-length', code: CR.MaximumSizeOfImageIDString, label: 'Image ID max length', group: 'file', valueType: 'uint16', encoding: 'integer' }),
  p({ name: 'image-id-num', code: CR.ImageID_Num, label: 'Image ID number', group: 'file', valueType: 'uint32', encoding: 'integer' }),
  p({ name: 'image-id-num-setting', code: CR.ImageID_Num_Setting, label: 'Image ID number on', group: 'file', valueType: 'uint8', encoding: 'enum', enum: OFF1_ON2 }),
];

/** Card slot properties (all read-only). */
export const MEDIA_PROPERTIES: readonly PropertyDef[] = [
  ro({ name: 'media-slot1-status', code: CR.MediaSLOT1_Status, label: 'Slot 1', group: 'media', valueType: 'uint16', encoding: 'enum', enum: SLOT_STATUS }),
  ro({ name: 'media-slot1-remaining-photos', code: CR.MediaSLOT1_RemainingNumber, label: 'Slot 1 shots left', group: 'media', valueType: 'uint32', encoding: 'integer' }),
  ro({ name: 'media-slot1-remaining-time', code: CR.MediaSLOT1_RemainingTime, label: 'Slot 1 time left', group: 'media', valueType: 'uint32', encoding: 'integer', unit: 's' }),
  ro({ name: 'media-slot1-writing-state', code: CR.MediaSLOT1_WritingState, label: 'Slot 1 writing', group: 'media', valueType: 'uint8', encoding: 'enum', enum: SLOT_WRITING_STATE }),
  ro({ name: 'media-slot2-status', code: CR.MediaSLOT2_Status, label: 'Slot 2', group: 'media', valueType: 'uint16', encoding: 'enum', enum: SLOT_STATUS }),
  ro({ name: 'media-slot2-remaining-photos', code: CR.MediaSLOT2_RemainingNumber, label: 'Slot 2 shots left', group: 'media', valueType: 'uint32', encoding: 'integer' }),
  ro({ name: 'media-slot2-remaining-time', code: CR.MediaSLOT2_RemainingTime, label: 'Slot 2 time left', group: 'media', valueType: 'uint32', encoding: 'integer', unit: 's' }),
  ro({ name: 'media-slot2-writing-state', code: CR.MediaSLOT2_WritingState, label: 'Slot 2 writing', group: 'media', valueType: 'uint8', encoding: 'enum', enum: SLOT_WRITING_STATE }),
];

/** Body status, control and live-view properties. */
export const STATUS_PROPERTIES: readonly PropertyDef[] = [
  p({ name: 'priority-key', code: CR.PriorityKeySettings, label: 'Priority key', group: 'status', valueType: 'uint16', encoding: 'enum', enum: PRIORITY_KEY }),
  ro({ name: 'battery-remain', code: CR.BatteryRemain, label: 'Battery', group: 'status', valueType: 'uint16', encoding: 'percent' }),
  ro({ name: 'battery-level', code: CR.BatteryLevel, label: 'Battery level', group: 'status', valueType: 'uint32', encoding: 'enum', enum: BATTERY_LEVEL }),
  ro({ name: 'power-source', code: CR.PowerSource, label: 'Power source', group: 'status', valueType: 'uint8', encoding: 'enum', enum: POWER_SOURCE }),
  ro({ name: 'recording-state', code: CR.RecordingState, label: 'Recording', group: 'status', valueType: 'uint16', encoding: 'enum', enum: RECORDING_STATE }),
  p({ name: 'live-view-image-quality', code: CR.LiveView_Image_Quality, label: 'Live view quality', group: 'status', valueType: 'uint16', encoding: 'enum', enum: LIVE_VIEW_IMAGE_QUALITY }),
  ro({ name: 'live-view-status', code: CR.LiveViewStatus, label: 'Live view', group: 'status', valueType: 'uint16', encoding: 'enum', enum: LIVE_VIEW_STATUS }),
  ro({ name: 'snapshot-info', code: CR.SnapshotInfo, label: 'Shots to transfer', group: 'status', valueType: 'uint16', encoding: 'integer' }),
  ro({ name: 'estimate-picture-size', code: CR.EstimatePictureSize, label: 'Est. file size', group: 'status', valueType: 'uint32', encoding: 'integer', unit: 'bytes' }),
  ro({ name: 'sdk-control-mode', code: CR.SdkControlMode, label: 'Connection mode', group: 'status', valueType: 'uint32', encoding: 'enum', enum: SDK_CONTROL_MODE }),
  ro({ name: 'overheating-state', code: CR.DeviceOverheatingState, label: 'Temperature', group: 'status', valueType: 'uint8', encoding: 'enum', enum: OVERHEATING_STATE }),
  ro({ name: 'camera-error-caution-status', code: CR.CameraErrorCautionStatus, label: 'Camera error', group: 'status', valueType: 'uint8', encoding: 'enum', enum: ERROR_CAUTION_STATUS }),
  ro({ name: 'system-error-caution-status', code: CR.SystemErrorCautionStatus, label: 'System error', group: 'status', valueType: 'uint8', encoding: 'enum', enum: ERROR_CAUTION_STATUS }),
  ro({ name: 'camera-system-error-info', code: CR.CameraSystemErrorInfo, label: 'System error info', group: 'status', valueType: 'uint32', encoding: 'integer' }),
  ro({ name: 'camera-setting-save-enable', code: CR.CameraSetting_SaveOperationEnableStatus, label: 'Settings save', group: 'status', valueType: 'uint8', encoding: 'enum', enum: DISABLE0_ENABLE1 }),
  ro({ name: 'camera-setting-read-enable', code: CR.CameraSetting_ReadOperationEnableStatus, label: 'Settings load', group: 'status', valueType: 'uint8', encoding: 'enum', enum: DISABLE0_ENABLE1 }),
  ro({ name: 'camera-setting-save-read-state', code: CR.CameraSetting_SaveRead_State, label: 'Settings file state', group: 'status', valueType: 'uint8', encoding: 'enum', enum: SAVE_READ_STATE }),
  ro({ name: 'lens-model-name', code: CR.LensModelName, label: 'Lens', group: 'status', valueType: 'string', encoding: 'string' }),
  ro({ name: 'software-version', code: CR.SoftwareVersion, label: 'Firmware', group: 'status', valueType: 'string', encoding: 'string' }),
];
