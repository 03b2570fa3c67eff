import type { EnumEntry } from '../types';
import { e } from './entry';

// Values from CRSDK CrDeviceProperty.h (CrPriorityKeySettings, CrStillImageStoreDestination, CrBatteryLevel, …).

/** CrPriorityKeySettings (UInt16). Labels are the Alpha API tokens. */
export const PRIORITY_KEY: readonly EnumEntry[] = [
  e(1, 'camera-position', 'camera-position', 'CameraPosition', 'camera'),
  e(2, 'pc-remote', 'pc-remote', 'PCRemote', 'pc'),
];

/** CrStillImageStoreDestination (UInt16). Labels are the Alpha API tokens. */
export const STORE_DESTINATION: readonly EnumEntry[] = [
  e(1, 'host-pc', 'host-pc', 'HostPC', 'pc', 'host'),
  e(2, 'memory-card', 'memory-card', 'MemoryCard', 'card'),
  e(3, 'both', 'both', 'HostPCAndMemoryCard', 'host-pc-and-memory-card', 'pc+card'),
];

/** CrBatteryLevel (UInt32). */
export const BATTERY_LEVEL: readonly EnumEntry[] = [
  e(0x00000001, 'pre-end', 'Almost empty', 'PreEndBattery'),
  e(0x00000002, '1/4', '1/4', '1_4'),
  e(0x00000003, '2/4', '2/4', '2_4'),
  e(0x00000004, '3/4', '3/4', '3_4'),
  e(0x00000005, '4/4', '4/4', '4_4'),
  e(0x00000006, '1/3', '1/3', '1_3'),
  e(0x00000007, '2/3', '2/3', '2_3'),
  e(0x00000008, '3/3', '3/3', '3_3'),
  e(0x00010000, 'usb-power', 'USB power', 'USBPowerSupply'),
  e(0x00010001, 'pre-end-usb-power', 'Almost empty + USB power', 'PreEnd_PowerSupply'),
  e(0x00010002, '1/4-usb-power', '1/4 + USB power', '1_4_PowerSupply'),
  e(0x00010003, '2/4-usb-power', '2/4 + USB power', '2_4_PowerSupply'),
  e(0x00010004, '3/4-usb-power', '3/4 + USB power', '3_4_PowerSupply'),
  e(0x00010005, '4/4-usb-power', '4/4 + USB power', '4_4_PowerSupply'),
  e(0xfffffffd, 'fake', 'Fake'),
  e(0xfffffffe, 'not-installed', 'No battery', 'BatteryNotInstalled'),
];

/** CrSlotStatus (UInt16). */
export const SLOT_STATUS: readonly EnumEntry[] = [
  e(0, 'ok', 'OK'),
  e(1, 'no-card', 'No card', 'NoCard'),
  e(2, 'card-error', 'Card error', 'CardError'),
  e(3, 'recognizing-or-locked-error', 'Recognizing / locked', 'RecognizingOrLockedError'),
  e(4, 'db-error', 'Database error', 'DBError'),
  e(5, 'card-recognizing', 'Recognizing card', 'CardRecognizing'),
  e(6, 'card-locked-and-db-error', 'Card locked, database error', 'CardLockedAndDBError'),
  e(7, 'db-error-needs-format', 'Database error, format needed', 'DBError_CantRepairAndNeedFormat'),
  e(8, 'read-only-media', 'Read-only card', 'CardError_ReadOnlyMedia'),
];

/** CrMovie_Recording_State (UInt16). */
export const RECORDING_STATE: readonly EnumEntry[] = [
  e(0, 'not-recording', 'Not recording', 'Not_Recording', 'idle'),
  e(1, 'recording', 'Recording'),
  e(2, 'recording-failed', 'Recording failed', 'Recording_Failed'),
  e(3, 'interval-rec-waiting', 'Interval rec waiting', 'IntervalRec_Waiting_Record'),
];

/** CrPropertyLiveViewImageQuality (UInt16). */
export const LIVE_VIEW_IMAGE_QUALITY: readonly EnumEntry[] = [e(0, 'low', 'Low'), e(1, 'high', 'High')];

/** CrLiveViewStatus (UInt16). */
export const LIVE_VIEW_STATUS: readonly EnumEntry[] = [
  e(0, 'not-supported', 'Not supported', 'NotSupport'),
  e(1, 'disabled', 'Disabled', 'Disable'),
  e(2, 'enabled', 'Enabled', 'Enable'),
];

/** CrPropertyStillImageTransSize (UInt16). */
export const STILL_IMAGE_TRANS_SIZE: readonly EnumEntry[] = [
  e(0, 'original', 'Original'),
  e(1, 'small', 'Small size', 'SmallSize', 'SmallSizeJPEG'),
];

/** CrPropertyRAWJPCSaveImage (UInt16): which files of a RAW+J shot reach the PC. */
export const RAW_J_PC_SAVE_IMAGE: readonly EnumEntry[] = [
  e(0, 'raw-and-jpeg', 'RAW+JPEG', 'RAWAndJPEG'),
  e(1, 'jpeg-only', 'JPEG only', 'JPEGOnly'),
  e(2, 'raw-only', 'RAW only', 'RAWOnly'),
  e(3, 'raw-and-heif', 'RAW+HEIF', 'RAWAndHEIF'),
  e(4, 'heif-only', 'HEIF only', 'HEIFOnly'),
];

/** CrDeviceOverheatingState (UInt8). */
export const OVERHEATING_STATE: readonly EnumEntry[] = [
  e(0, 'not-overheating', 'Normal', 'NotOverheating'),
  e(1, 'pre-overheating', 'Warm', 'PreOverheating'),
  e(2, 'overheating', 'Overheating'),
];

/** CrCameraErrorCautionStatus / CrSystemErrorCautionStatus (UInt8). */
export const ERROR_CAUTION_STATUS: readonly EnumEntry[] = [
  e(1, 'no-error', 'No error', 'NoError'),
  e(2, 'error', 'Error'),
];

/** CrCameraSettingSaveReadState (UInt8). */
export const SAVE_READ_STATE: readonly EnumEntry[] = [e(0, 'idle', 'Idle'), e(1, 'reading', 'Reading')];

/** CrSdkControlMode (UInt32). Keys match the API connection modes. */
export const SDK_CONTROL_MODE: readonly EnumEntry[] = [
  e(0, 'remote', 'Remote'),
  e(1, 'contents', 'Contents transfer', 'ContentsTransfer'),
  e(2, 'remote-transfer', 'Remote transfer', 'RemoteTransfer'),
];

/** CrMediaSlotWritingState (UInt8). */
export const SLOT_WRITING_STATE: readonly EnumEntry[] = [
  e(1, 'not-writing', 'Idle', 'NotWriting'),
  e(2, 'writing', 'Writing', 'ContentsWriting'),
];

/** CrPowerSource (UInt8). */
export const POWER_SOURCE: readonly EnumEntry[] = [
  e(1, 'dc', 'DC'),
  e(2, 'battery', 'Battery'),
  e(3, 'poe', 'PoE'),
];

/** CrGainBaseIsoSensitivity (UInt8). */
export const BASE_ISO: readonly EnumEntry[] = [e(1, 'high', 'High'), e(2, 'low', 'Low')];

/** CrAPS_C_S35 (UInt8). */
export const APS_C_S35: readonly EnumEntry[] = [e(1, 'off', 'Off'), e(2, 'on', 'On'), e(3, 'auto', 'Auto')];

/** CrShutterType (UInt8). */
export const SHUTTER_TYPE: readonly EnumEntry[] = [
  e(1, 'auto', 'Auto'),
  e(2, 'mechanical', 'Mechanical', 'MechanicalShutter'),
  e(3, 'electronic', 'Electronic', 'ElectronicShutter'),
];

/** CrShutterMode (UInt8): cine bodies' speed/angle switch. */
export const SHUTTER_MODE: readonly EnumEntry[] = [e(1, 'speed', 'Speed'), e(2, 'angle', 'Angle')];

/** CrZoomSettingType (UInt8). */
export const ZOOM_SETTING: readonly EnumEntry[] = [
  e(1, 'optical-only', 'Optical zoom only', 'OpticalZoomOnly'),
  e(2, 'smart-only', 'Smart zoom only', 'SmartZoomOnly'),
  e(3, 'clear-image-zoom', 'Clear Image Zoom', 'On_ClearImageZoom'),
  e(4, 'digital-zoom', 'Digital Zoom', 'On_DigitalZoom'),
];

/** CrZoomOperation (Int8). */
export const ZOOM_OPERATION: readonly EnumEntry[] = [
  e(-1, 'wide', 'Wide'),
  e(0, 'stop', 'Stop'),
  e(1, 'tele', 'Tele'),
];

/** CrAudioSignals (UInt8). */
export const AUDIO_SIGNALS: readonly EnumEntry[] = [
  e(1, 'off', 'Off'),
  e(2, 'on', 'On'),
  e(3, 'shutter-only', 'On (shutter only)', 'OnShutterOnly'),
  e(4, 'without-shutter', 'On (without shutter)', 'OnWithoutShutter'),
];
