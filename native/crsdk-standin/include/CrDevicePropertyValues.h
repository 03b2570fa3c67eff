// Stand-in declaration of CRSDK property value encodings (the enums Sony's CrDeviceProperty.h carries);
// split out of CrDeviceProperty.h only to keep files small.
#ifndef CRDEVICEPROPERTYVALUES_H
#define CRDEVICEPROPERTYVALUES_H

#include "CrDefines.h"

namespace SCRSDK {

enum CrLockIndicator : CrInt16u {
  CrLockIndicator_Unknown = 0x0000,
  CrLockIndicator_Unlocked,
  CrLockIndicator_Locked,
};

// FNumber: UInt16, F-number x 100.
enum CrFnumberSet : CrInt16u {
  CrFnumber_IrisClose = 0xFFFD,
  CrFnumber_Unknown = 0xFFFE,
  CrFnumber_Nothing = 0xFFFF,
};

// ShutterSpeed: UInt32, numerator << 16 | denominator; 0 = bulb.
enum CrShutterSpeedSet : CrInt32u {
  CrShutterSpeed_Bulb = 0x00000000,
  CrShutterSpeed_Nothing = 0xFFFFFFFF,
};

// IsoSensitivity: UInt32, bits 0-23 value, 24-27 mode.
enum CrISOMode : CrInt32u {
  CrISO_Normal = 0x00,
  CrISO_AUTO = 0xFFFFFF,
};

enum CrExposureProgram : CrInt32u {
  CrExposure_M_Manual = 0x00000001,
  CrExposure_P_Auto,
  CrExposure_A_AperturePriority,
  CrExposure_S_ShutterSpeedPriority,
  CrExposure_Auto = 0x00008000,
};

enum CrFileType : CrInt16u {
  CrFileType_None = 0x0000,
  CrFileType_Jpeg,
  CrFileType_Raw,
  CrFileType_RawJpeg,
  CrFileType_RawHeif,
  CrFileType_Heif,
};

enum CrImageQuality : CrInt16u {
  CrImageQuality_Unknown = 0x0000,
  CrImageQuality_Light,
  CrImageQuality_Standard,
  CrImageQuality_Fine,
  CrImageQuality_ExFine,
};

enum CrWhiteBalanceSetting : CrInt16u {
  CrWhiteBalance_AWB = 0x0000,
  CrWhiteBalance_Underwater_Auto,
  CrWhiteBalance_Daylight = 0x0011,
  CrWhiteBalance_Shadow,
  CrWhiteBalance_Cloudy,
  CrWhiteBalance_Tungsten,
  CrWhiteBalance_Fluorescent = 0x0020,
  CrWhiteBalance_Fluorescent_WarmWhite,
  CrWhiteBalance_Fluorescent_CoolWhite,
  CrWhiteBalance_Fluorescent_DayWhite,
  CrWhiteBalance_Fluorescent_Daylight,
  CrWhiteBalance_Flush = 0x0030,
  CrWhiteBalance_ColorTemp = 0x0100,
  CrWhiteBalance_Custom_1,
  CrWhiteBalance_Custom_2,
  CrWhiteBalance_Custom_3,
  CrWhiteBalance_Custom,
};

enum CrFocusMode : CrInt16u {
  CrFocus_MF = 0x0001,
  CrFocus_AF_S,
  CrFocus_AF_C,
  CrFocus_AF_A,
  CrFocus_AF_D,
  CrFocus_DMF,
  CrFocus_PF,
};

enum CrMeteringMode : CrInt16u {
  CrMetering_Average = 0x0001,
  CrMetering_CenterWeightedAverage,
  CrMetering_MultiSpot,
  CrMetering_CenterSpot,
  CrMetering_Multi,
  CrMetering_CenterWeighted,
  CrMetering_EntireScreenAverage,
  CrMetering_Spot_Standard,
  CrMetering_Spot_Large,
  CrMetering_HighLightWeighted,
};

enum CrDriveMode : CrInt32u {
  CrDrive_Single = 0x00000001,
  CrDrive_Continuous_Hi = 0x00010001,
  CrDrive_Continuous_Hi_Plus,
  CrDrive_Continuous_Hi_Live,
  CrDrive_Continuous_Lo,
  CrDrive_Continuous,
  CrDrive_Continuous_SpeedPriority,
  CrDrive_Continuous_Mid,
  CrDrive_Timer_2s = 0x00030001,
  CrDrive_Timer_5s,
  CrDrive_Timer_10s,
};

enum CrFocusArea : CrInt16u {
  CrFocusArea_Unknown = 0x0000,
  CrFocusArea_Wide,
  CrFocusArea_Zone,
  CrFocusArea_Center,
  CrFocusArea_Flexible_Spot_S,
  CrFocusArea_Flexible_Spot_M,
  CrFocusArea_Flexible_Spot_L,
  CrFocusArea_Expand_Flexible_Spot,
  CrFocusArea_Flexible_Spot,
  CrFocusArea_Tracking_Wide = 0x0011,
  CrFocusArea_Tracking_Zone,
  CrFocusArea_Tracking_Center,
  CrFocusArea_Tracking_Flexible_Spot_S,
  CrFocusArea_Tracking_Flexible_Spot_M,
  CrFocusArea_Tracking_Flexible_Spot_L,
  CrFocusArea_Tracking_Expand_Flexible_Spot,
};

enum CrStillImageStoreDestination : CrInt16u {
  CrStillImageStoreDestination_HostPC = 0x0001,
  CrStillImageStoreDestination_MemoryCard,
  CrStillImageStoreDestination_HostPCAndMemoryCard,
};

enum CrPriorityKeySettings : CrInt16u {
  CrPriorityKey_CameraPosition = 0x0001,
  CrPriorityKey_PCRemote = 0x0002,
};

enum CrMovie_Recording_State : CrInt16u {
  CrMovie_Recording_State_Not_Recording = 0x0000,
  CrMovie_Recording_State_Recording = 0x0001,
  CrMovie_Recording_State_Recording_Failed = 0x0002,
};

enum CrBatteryLevel : CrInt32u {
  CrBatteryLevel_PreEndBattery = 0x00000001,
  CrBatteryLevel_1_4,
  CrBatteryLevel_2_4,
  CrBatteryLevel_3_4,
  CrBatteryLevel_4_4,
  CrBatteryLevel_1_3,
  CrBatteryLevel_2_3,
  CrBatteryLevel_3_3,
};

enum CrLiveViewStatus : CrInt16u {
  CrLiveView_NotSupport = 0x0000,
  CrLiveView_Disable,
  CrLiveView_Enable,
};

enum CrFocusIndicator : CrInt32u {
  CrFocusIndicator_Unlocked = 0x00000001,
  CrFocusIndicator_Focused_AF_S = 0x00000102,
  CrFocusIndicator_NotFocused_AF_S = 0x00000202,
  CrFocusIndicator_Focused_AF_C = 0x00000103,
  CrFocusIndicator_NotFocused_AF_C = 0x00000203,
  CrFocusIndicator_TrackingSubject_AF_C = 0x00000303,
};

enum CrSlotStatus : CrInt16u {
  CrSlotStatus_OK = 0x0000,
  CrSlotStatus_NoCard,
  CrSlotStatus_CardError,
  CrSlotStatus_RecognizingOrLockedError,
};

enum CrPropertyLiveViewImageQuality : CrInt16u {
  CrPropertyLiveViewImageQuality_Low,
  CrPropertyLiveViewImageQuality_High,
};

enum CrPropertyStillImageTransSize : CrInt16u {
  CrPropertyStillImageTransSize_Original,
  CrPropertyStillImageTransSize_SmallSize,
};

// Card contents in remote-transfer listings.
enum CrContentsInfo_ContentType : CrInt32u {
  CrContentsInfo_ContentType_Unspecified = 0x00000000,
  CrContentsInfo_ContentType_Dcf = 0x00000001,
};

enum CrContentsInfo_GroupType : CrInt32u {
  CrContentsInfo_GroupType_Unspecified = 0x00000000,
};

enum CrContentsInfo_Rating : CrInt32 {
  CrContentsInfo_Rating_NotRequired = -1,
  CrContentsInfo_Rating_Nothing,
};

enum CrPropertyEnableFlag : CrInt16 {
  CrEnableValue_NotSupported = -1,
  CrEnableValue_False = 0,
  CrEnableValue_True,
  CrEnableValue_DisplayOnly,
  CrEnableValue_SetOnly,
};

enum CrPropertyVariableFlag : CrInt16u {
  CrEnableValue_Invalid,
  CrEnableValue_Invariable,
  CrEnableValue_Variable,
};

enum CrFrameInfoType : CrInt16u {
  CrFrameInfoType_Unknown = 0x0000,
  CrFrameInfoType_FocusFrameInfo,
  CrFrameInfoType_Magnifier_Position,
  CrFrameInfoType_FaceFrameInfo = 0x0004,
  CrFrameInfoType_TrackingFrameInfo,
};

enum CrFocusFrameType : CrInt16u {
  CrFocusFrameType_Unknown = 0x0000,
  CrFocusFrameType_PhaseDetection_AFSensor = 0x0001,
  CrFocusFrameType_PhaseDetection_ImageSensor,
  CrFocusFrameType_Wide,
  CrFocusFrameType_Zone,
  CrFocusFrameType_CentralEmphasis,
  CrFocusFrameType_ContrastFlexibleMain,
  CrFocusFrameType_ContrastFlexibleAssist,
  CrFocusFrameType_Contrast,
  CrFocusFrameType_FrameSomewhere = 0x000F,
};

enum CrFocusFrameState : CrInt16u {
  CrFocusFrameState_Unknown = 0x0000,
  CrFocusFrameState_NotFocused = 0x0001,
  CrFocusFrameState_Focused,
  CrFocusFrameState_FocusFrameSelection,
  CrFocusFrameState_Moving,
  CrFocusFrameState_RegistrationAF = 0x0006,
  CrFocusFrameState_Island,
};

enum CrTrackingFrameType : CrInt16u {
  CrTrackingFrameType_Unknown = 0x0000,
  CrTrackingFrameType_NonTargetAF = 0x0001,
  CrTrackingFrameType_TargetAF,
};

enum CrSlotNumber : CrInt32u {
  CrSlotNumber_Slot1 = 0x00000001,
  CrSlotNumber_Slot2,
};

enum CrGetContentsInfoListType : CrInt8u {
  CrGetContentsInfoListType_All = 0x00,
  CrGetContentsInfoListType_Range_Month,
  CrGetContentsInfoListType_Range_Day,
  CrGetContentsInfoListType_Range_Hour,
};

enum CrGetContentsDataControlType : CrInt8u {
  CrGetContentsDataControlType_Resume = 0x00,
  CrGetContentsDataControlType_Pause,
  CrGetContentsDataControlType_Cancel,
};

enum CrGetContentsCompressedDataType : CrInt32u {
  CrGetContentsCompressedDataType_Invalid = 0x00000000,
  CrGetContentsCompressedDataType_Thumbnail = 0x00000001,
  CrGetContentsCompressedDataType_Screennail = 0x00000002,
};

// PTP object format codes.
enum CrContentsFile_FileFormat : CrInt32u {
  CrContentsFile_FileFormat_Unspecified = 0x00000000,
  CrContentsFile_FileFormat_Jpeg = 0x00003801,
  CrContentsFile_FileFormat_Raw = 0x0000B101,
  CrContentsFile_FileFormat_Heif = 0x0000B110,
  CrContentsFile_FileFormat_Mp4 = 0x0000B982,
};

// OnCompleteDownload's `type`: a shot arrives with _None (the callback's default, 0xFFFFFFFF), a camera
// settings file with _Setup (0).
enum CrDownloadSettingFileType : CrInt32u {
  CrDownloadSettingFileType_Setup = 0x00000000,
  CrDownloadSettingFileType_None = 0xFFFFFFFF,
};

enum CrUploadSettingFileType : CrInt32u {
  CrUploadSettingFileType_Setup = 0x00001000,
};

enum CrBaseLookNumber : CrInt16u {
  CrBaseLookNumber_1 = 0x0001,
};

}  // namespace SCRSDK

#endif  // CRDEVICEPROPERTYVALUES_H
