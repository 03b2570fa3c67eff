// Stand-in declaration of CRSDK device properties: codes, value encodings and the property classes.
// Codes follow the public API reference numbering (settable block from 0x0100, S2 block 0x0500,
// get-only block 0x0700); only the properties Tether Studio and the stand-in camera use are listed.
#ifndef CRDEVICEPROPERTY_H
#define CRDEVICEPROPERTY_H

#include "CrDefines.h"

namespace SCRSDK {

enum CrDevicePropertyCode : CrInt32u {
  CrDeviceProperty_Undefined = 0,
  CrDeviceProperty_S1,
  CrDeviceProperty_AEL,
  CrDeviceProperty_FEL,
  CrDeviceProperty_Reserved1,
  CrDeviceProperty_AWBL,

  CrDeviceProperty_FNumber = 0x0100,
  CrDeviceProperty_ExposureBiasCompensation,
  CrDeviceProperty_FlashCompensation,
  CrDeviceProperty_ShutterSpeed,
  CrDeviceProperty_IsoSensitivity,
  CrDeviceProperty_ExposureProgramMode,
  CrDeviceProperty_FileType,
  CrDeviceProperty_StillImageQuality,
  CrDeviceProperty_WhiteBalance,
  CrDeviceProperty_FocusMode,
  CrDeviceProperty_MeteringMode,
  CrDeviceProperty_FlashMode,
  CrDeviceProperty_WirelessFlash,
  CrDeviceProperty_RedEyeReduction,
  CrDeviceProperty_DriveMode,
  CrDeviceProperty_DRO,
  CrDeviceProperty_ImageSize,
  CrDeviceProperty_AspectRatio,
  CrDeviceProperty_PictureEffect,
  CrDeviceProperty_FocusArea,
  CrDeviceProperty_reserved4,
  CrDeviceProperty_Colortemp,
  CrDeviceProperty_ColorTuningAB,
  CrDeviceProperty_ColorTuningGM,
  CrDeviceProperty_LiveViewDisplayEffect,
  CrDeviceProperty_StillImageStoreDestination,
  CrDeviceProperty_PriorityKeySettings,
  CrDeviceProperty_AFTrackingSensitivity,
  CrDeviceProperty_reserved6,
  CrDeviceProperty_Focus_Magnifier_Setting,
  CrDeviceProperty_DateTime_Settings,
  CrDeviceProperty_NearFar,
  CrDeviceProperty_reserved7,
  CrDeviceProperty_AF_Area_Position,
  CrDeviceProperty_reserved8,
  CrDeviceProperty_reserved9,
  CrDeviceProperty_Zoom_Scale,
  CrDeviceProperty_Zoom_Setting,
  CrDeviceProperty_Zoom_Operation,

  CrDeviceProperty_S2 = 0x0500,
  CrDeviceProperty_reserved10,
  CrDeviceProperty_reserved11,
  CrDeviceProperty_reserved12,
  CrDeviceProperty_reserved13,
  CrDeviceProperty_Interval_Rec_Mode,
  CrDeviceProperty_Still_Image_Trans_Size,
  CrDeviceProperty_RAW_J_PC_Save_Image,
  CrDeviceProperty_LiveView_Image_Quality,

  CrDeviceProperty_GetOnly = 0x0700,
  CrDeviceProperty_SnapshotInfo,
  CrDeviceProperty_BatteryRemain,
  CrDeviceProperty_BatteryLevel,
  CrDeviceProperty_EstimatePictureSize,
  CrDeviceProperty_RecordingState,
  CrDeviceProperty_LiveViewStatus,
  CrDeviceProperty_FocusIndication,
  CrDeviceProperty_MediaSLOT1_Status,
  CrDeviceProperty_MediaSLOT1_RemainingNumber,
  CrDeviceProperty_MediaSLOT1_RemainingTime,
  CrDeviceProperty_MediaSLOT1_FormatEnableStatus,
  CrDeviceProperty_reserved20,
  CrDeviceProperty_MediaSLOT2_Status,
  CrDeviceProperty_MediaSLOT2_FormatEnableStatus,
  CrDeviceProperty_MediaSLOT2_RemainingNumber,
  CrDeviceProperty_MediaSLOT2_RemainingTime,

  CrDeviceProperty_MaxVal = 0x1000,
};

enum CrLiveViewPropertyCode : CrInt32u {
  CrLiveViewProperty_AF_Area_Position = CrDeviceProperty_AF_Area_Position,
  CrLiveViewProperty_Focus_Magnifier_Position = 0x0122,
  CrLiveViewProperty_FaceFrame = 0x0581,
  CrLiveViewProperty_TrackingFrame = 0x0583,
};

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

enum CrGetContentsInfoListType : CrInt32u {
  CrGetContentsInfoListType_All = 0x00000001,
  CrGetContentsInfoListType_Range_Day,
};

enum CrGetContentsDataControlType : CrInt32u {
  CrGetContentsDataControlType_Start = 0x00000001,
  CrGetContentsDataControlType_Cancel,
};

enum CrGetContentsCompressedDataType : CrInt32u {
  CrGetContentsCompressedDataType_Thumbnail = 0x00000001,
  CrGetContentsCompressedDataType_Screennail,
};

enum CrContentsFile_FileFormat : CrInt16u {
  CrContentsFile_FileFormat_Unknown = 0x0000,
  CrContentsFile_FileFormat_Jpeg,
  CrContentsFile_FileFormat_Raw,
  CrContentsFile_FileFormat_Heif,
  CrContentsFile_FileFormat_Mp4,
};

enum CrDownloadSettingFileType : CrInt32u {
  CrDownloadSettingFileType_None = 0x00000000,
  CrDownloadSettingFileType_Setup,
};

enum CrUploadSettingFileType : CrInt32u {
  CrUploadSettingFileType_Setup = 0x00000001,
};

enum CrBaseLookNumber : CrInt8u {
  CrBaseLookNumber_1 = 0x01,
};

class SCRSDK_API CrDeviceProperty {
 public:
  CrDeviceProperty();
  ~CrDeviceProperty();
  CrDeviceProperty(const CrDeviceProperty& ref);
  CrDeviceProperty& operator=(const CrDeviceProperty& ref);

  bool IsGetEnableCurrentValue();
  bool IsSetEnableCurrentValue();
  void SetCode(CrInt32u code);
  CrInt32u GetCode();
  void SetValueType(CrDataType type);
  CrDataType GetValueType();
  CrPropertyEnableFlag GetPropertyEnableFlag();
  CrPropertyVariableFlag GetPropertyVariableFlag();
  void SetCurrentValue(CrInt64u value);
  CrInt64u GetCurrentValue();
  // UTF-16; element 0 is the length in UTF-16 units including the terminator.
  void SetCurrentStr(CrInt16u* str);
  CrInt16u* GetCurrentStr();
  CrInt32u GetValueSize();
  CrInt8u* GetValues();

  // Stand-in internals used by the implementation (not part of Sony's surface).
  void StandInFill(CrInt32u code, CrDataType type, CrPropertyEnableFlag enable, CrPropertyVariableFlag variable,
                   CrInt64u current, const CrInt8u* values, CrInt32u valuesSize, const CrInt16u* str);

 private:
  void Free();
  CrInt32u code;
  CrDataType valueType;
  CrPropertyEnableFlag enableFlag;
  CrPropertyVariableFlag variableFlag;
  CrInt64u currentValue;
  CrInt16u* currentStr;
  CrInt32u valuesSize;
  CrInt8u* values;
};

class SCRSDK_API CrLiveViewProperty {
 public:
  CrLiveViewProperty();
  ~CrLiveViewProperty();
  CrLiveViewProperty(const CrLiveViewProperty& ref);
  CrLiveViewProperty& operator=(const CrLiveViewProperty& ref);

  bool IsGetEnableCurrentValue();
  CrInt32u GetCode();
  CrPropertyEnableFlag GetPropertyEnableFlag();
  CrFrameInfoType GetFrameInfoType();
  CrInt32u GetValueSize();
  CrInt8u* GetValue();

  void StandInFill(CrInt32u code, CrFrameInfoType type, const CrInt8u* value, CrInt32u size);

 private:
  void Free();
  CrInt32u code;
  CrPropertyEnableFlag enableFlag;
  CrFrameInfoType valueType;
  CrInt32u valueSize;
  CrInt8u* value;
};

class SCRSDK_API CrMtpFolderInfo {
 public:
  CrMtpFolderInfo();
  ~CrMtpFolderInfo();
  CrMtpFolderInfo(const CrMtpFolderInfo& ref);
  CrMtpFolderInfo& operator=(const CrMtpFolderInfo& ref);

  CrFolderHandle handle;
  CrInt32u folderNameSize;
  CrChar* folderName;
};

class SCRSDK_API CrMtpContentsInfo {
 public:
  CrMtpContentsInfo();
  ~CrMtpContentsInfo();
  CrMtpContentsInfo(const CrMtpContentsInfo& ref);
  CrMtpContentsInfo& operator=(const CrMtpContentsInfo& ref);

  CrContentHandle handle;
  CrFolderHandle parentFolderHandle;
  CrInt64u contentSize;
  CrChar dateChar[16];
  CrInt32u width;
  CrInt32u height;
  CrInt32u fileNameSize;
  CrChar* fileName;
};

#pragma pack(1)
class CrFocusFrameInfo {
 public:
  CrFocusFrameInfo()
      : type(CrFocusFrameType_Unknown), state(CrFocusFrameState_Unknown), priority(0), xNumerator(0),
        xDenominator(0), yNumerator(0), yDenominator(0), width(0), height(0) {}

  CrFocusFrameType type;
  CrFocusFrameState state;
  CrInt8u priority;
  CrInt32u xNumerator;
  CrInt32u xDenominator;
  CrInt32u yNumerator;
  CrInt32u yDenominator;
  CrInt32u width;
  CrInt32u height;
};

class CrTrackingFrameInfo {
 public:
  CrTrackingFrameInfo()
      : type(CrTrackingFrameType_Unknown), state(CrFocusFrameState_Unknown), priority(0), xNumerator(0),
        xDenominator(0), yNumerator(0), yDenominator(0), width(0), height(0) {}

  CrTrackingFrameType type;
  CrFocusFrameState state;
  CrInt8u priority;
  CrInt32u xNumerator;
  CrInt32u xDenominator;
  CrInt32u yNumerator;
  CrInt32u yDenominator;
  CrInt32u width;
  CrInt32u height;
};
#pragma pack()

// Remote transfer (CrSdkControlMode_RemoteTransfer) listings.
class SCRSDK_API CrCaptureDate {
 public:
  CrCaptureDate();
  explicit CrCaptureDate(CrInt64u packed);
  bool operator==(const CrCaptureDate& other) const;

  CrInt16u year;
  CrInt8u month;
  CrInt8u day;
  CrInt8u hour;
  CrInt8u minute;
  CrInt8u sec;
  CrInt16u msec;
};

struct CrImageParam {
  CrInt32u imagePixWidth;
  CrInt32u imagePixHeight;
};

class SCRSDK_API CrContentsFile {
 public:
  CrContentsFile();
  ~CrContentsFile();
  CrContentsFile(const CrContentsFile& ref);
  CrContentsFile& operator=(const CrContentsFile& ref);

  CrInt32u fileId;
  CrContentsFile_FileFormat fileFormat;
  CrInt64u fileSize;
  bool isImageParamExsist;
  CrImageParam imageParam;
  CrInt32u filePathLength;
  CrInt8u* filePath;  // UTF-8 path on the card, NUL-terminated
};

class SCRSDK_API CrContentsInfo {
 public:
  CrContentsInfo();
  ~CrContentsInfo();
  CrContentsInfo(const CrContentsInfo& ref);
  CrContentsInfo& operator=(const CrContentsInfo& ref);

  CrInt32u contentId;
  CrInt32u fileNumber;
  CrInt32u dirNumber;
  CrInt32u contentType;
  CrCaptureDate creationDatetimeLocaltime;
  CrCaptureDate modificationDatetimeUTC;
  bool dummyContent;
  CrInt32u filesNum;
  CrContentsFile* files;
};

}  // namespace SCRSDK

#endif  // CRDEVICEPROPERTY_H
