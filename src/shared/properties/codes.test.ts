import { describe, expect, it } from 'vitest';
import { CR } from './codes';

/**
 * CrDevicePropertyCode values as a second, independent listing prints them (decimal, taken from a public
 * CRSDK sample's code→name table). The catalog's hex codes were counted from the SDK header; this checks them.
 */
// prettier-ignore
const DECIMAL_LISTING: Partial<Record<keyof typeof CR, number>> = {
  S1: 1, AEL: 2, FEL: 3, AWBL: 5, FNumber: 256, ExposureBiasCompensation: 257, FlashCompensation: 258,
  ShutterSpeed: 259, IsoSensitivity: 260, ExposureProgramMode: 261, FileType: 262, StillImageQuality: 263,
  WhiteBalance: 264, FocusMode: 265, MeteringMode: 266, FlashMode: 267, WirelessFlash: 268, RedEyeReduction: 269,
  DriveMode: 270, DRO: 271, ImageSize: 272, AspectRatio: 273, FocusArea: 275, Colortemp: 277,
  StillImageStoreDestination: 281, PriorityKeySettings: 282, AFTrackingSensitivity: 283, Focus_Magnifier_Setting: 285,
  AF_Area_Position: 289,
  Zoom_Scale: 292, Zoom_Setting: 293, Zoom_Operation: 294, Movie_File_Format: 295, Movie_Recording_Setting: 296,
  Movie_Recording_FrameRateSetting: 297, CompressionFileFormatStill: 298, RAW_FileCompressionType: 305,
  GainBaseIsoSensitivity: 313, ExposureIndex: 315, BaseLookValue: 316, ImageID_Num_Setting: 324, ImageID_Num: 325,
  ImageID_String: 326, FocalDistanceInMeter: 329, ZoomDistance: 333, PowerSource: 342, MovieShootingMode: 343,
  MovieShootingModeColorGamut: 344, ShutterAngle: 378, ShutterMode: 380, SubjectRecognitionAF: 397,
  AudioRecording: 411, AudioInputMasterLevel: 412, TimeCodePreset: 413, TimeCodeFormat: 414, TimeCodeRun: 415,
  TimeCodeMake: 416, ImageStabilizationSteadyShot: 419, Movie_ImageStabilizationSteadyShot: 420, SilentMode: 421,
  ShutterType: 425, PictureProfile: 426, CreativeLook: 453, SelectUserBaseLookToSetInPPLUT: 469,
  FlickerLessShooting: 473, AudioSignals: 477, LongExposureNR: 500, HighIsoNR: 501, HLGStillImage: 502,
  ColorSpace: 503, WindNoiseReduct: 515, BulbTimerSetting: 520, BulbExposureTimeSetting: 521,
  FocusPositionSetting: 526, SoftSkinEffect: 527, PrioritySetInAF_S: 528, PrioritySetInAF_C: 529,
  SubjectRecognitionInAF: 531, RecognitionTarget: 532, RightLeftEyeSelect: 533, S2: 1280, Still_Image_Trans_Size: 1286,
  RAW_J_PC_Save_Image: 1287, LiveView_Image_Quality: 1288, SnapshotInfo: 1793, BatteryRemain: 1794,
  BatteryLevel: 1795, EstimatePictureSize: 1796, RecordingState: 1797, LiveViewStatus: 1798, FocusIndication: 1799,
  MediaSLOT1_Status: 1800, MediaSLOT1_RemainingNumber: 1801, MediaSLOT1_RemainingTime: 1802, MediaSLOT2_Status: 1805,
  MediaSLOT2_RemainingNumber: 1807, MediaSLOT2_RemainingTime: 1808, SdkControlMode: 1829,
  IsoCurrentSensitivity: 1833, CameraSetting_SaveOperationEnableStatus: 1834,
  CameraSetting_ReadOperationEnableStatus: 1835, CameraSetting_SaveRead_State: 1836, SoftwareVersion: 1873,
  DeviceOverheatingState: 1888, BaseLookImportOperationEnableStatus: 1892, LensModelName: 1893,
  FocusPositionCurrentValue: 1894, FocusDrivingStatus: 1895, MediaSLOT1_WritingState: 1907,
  MediaSLOT2_WritingState: 1908,
};

describe('CRSDK property codes', () => {
  it('match the independent decimal listing', () => {
    for (const [name, code] of Object.entries(DECIMAL_LISTING))
      expect(CR[name as keyof typeof CR], name).toBe(code);
  });

  it('cross-check all but the few derived codes', () => {
    const unchecked = Object.keys(CR).filter((k) => !(k in DECIMAL_LISTING));
    expect(unchecked.sort()).toEqual(
      [
        'APS_C_S35',
        'CameraErrorCautionStatus',
        'CameraSystemErrorInfo',
        'ElectricFrontCurtainShutter',
        'EmbedLUTFile',
        'ExposureStep',
        'MaximumSizeOfImageIDString',
        'ShootingEnableSettingLicense',
        'SystemErrorCautionStatus',
      ].sort(),
    );
  });

  it('are unique', () => {
    const values = Object.values(CR);
    expect(new Set(values).size).toBe(values.length);
  });
});
