// Stand-in declaration of CRSDK device properties: codes, value encodings and the property classes.
// Codes follow the public API reference numbering (settable block from 0x0100, S2 block 0x0500,
// get-only block 0x0700); only the properties Tether Studio and the stand-in camera use are listed.
#ifndef CRDEVICEPROPERTY_H
#define CRDEVICEPROPERTY_H

#include "CrDefines.h"
#include "CrDevicePropertyValues.h"

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
