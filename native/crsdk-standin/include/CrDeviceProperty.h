// Stand-in declaration of CRSDK device properties: codes, value encodings and the property classes.
// Codes follow the public API reference numbering (settable block from 0x0100, S2 block 0x0500,
// get-only block 0x0700); only the properties Tether Studio and the stand-in camera use are listed.
#ifndef CRDEVICEPROPERTY_H
#define CRDEVICEPROPERTY_H

#include "CrDefines.h"
#include "CrDevicePropertyValues.h"

namespace standin {
struct PropertyAccess;  // the stand-in's own writer (not part of Sony's surface)
}

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
  // Shares its code with CrDeviceProperty_RemoteTouchOperation in Sony's headers.
  CrLiveViewProperty_TrackingFrame = 0x0193,
};

// Getters are const and the members private, as in Sony's classes; the stand-in fills them through
// standin::PropertyAccess (not part of Sony's surface).
class SCRSDK_API CrDeviceProperty {
 public:
  CrDeviceProperty();
  ~CrDeviceProperty();
  CrDeviceProperty(const CrDeviceProperty& ref);
  CrDeviceProperty& operator=(const CrDeviceProperty& ref);

  bool IsGetEnableCurrentValue() const;
  bool IsSetEnableCurrentValue() const;
  void SetCode(CrInt32u code);
  CrInt32u GetCode() const;
  void SetValueType(CrDataType type);
  CrDataType GetValueType() const;
  CrPropertyEnableFlag GetPropertyEnableFlag() const;
  CrPropertyVariableFlag GetPropertyVariableFlag() const;
  void SetCurrentValue(CrInt64u value);
  CrInt64u GetCurrentValue() const;
  // UTF-16; element 0 is the length in UTF-16 units including the terminator.
  void SetCurrentStr(CrInt16u* str);
  CrInt16u* GetCurrentStr() const;
  CrInt32u GetValueSize() const;
  CrInt8u* GetValues() const;

 private:
  friend struct ::standin::PropertyAccess;
  void Free();
  CrInt32u code;
  CrDataType valueType;
  CrPropertyEnableFlag enableFlag;
  CrPropertyVariableFlag variableFlag;
  CrInt64u currentValue;
  CrInt16u* currentStr;
  CrInt32u valuesSize;
  CrInt8u* values;
  CrInt32u getSetValuesSize;
  CrInt8u* getSetValues;
};

class SCRSDK_API CrLiveViewProperty {
 public:
  CrLiveViewProperty();
  ~CrLiveViewProperty();
  CrLiveViewProperty(const CrLiveViewProperty& ref);
  CrLiveViewProperty& operator=(const CrLiveViewProperty& ref);

  bool IsGetEnableCurrentValue() const;
  CrInt32u GetCode() const;
  CrPropertyEnableFlag GetPropertyEnableFlag() const;
  CrFrameInfoType GetFrameInfoType() const;
  CrInt32u GetValueSize() const;
  CrInt8u* GetValue() const;
  CrInt32u GetTimeCode() const;

 private:
  friend struct ::standin::PropertyAccess;
  void Free();
  CrInt32u code;
  CrPropertyEnableFlag enableFlag;
  CrFrameInfoType valueType;
  CrInt32u valueSize;
  CrInt8u* value;
  CrInt32u timeCode;
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
  ~CrFocusFrameInfo() {}

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
  ~CrTrackingFrameInfo() {}

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

// Remote transfer (CrSdkControlMode_RemoteTransfer) listings. Every date field is 16 bits wide.
class SCRSDK_API CrCaptureDate {
 public:
  CrCaptureDate();
  ~CrCaptureDate();
  CrCaptureDate(const CrInt64u& unixTime);
  CrCaptureDate(const CrCaptureDate& ref);
  CrCaptureDate& operator=(const CrCaptureDate& ref);
  bool operator==(const CrCaptureDate& ref);

  CrInt16u year;
  CrInt16u month;
  CrInt16u day;
  CrInt16u hour;
  CrInt16u minute;
  CrInt16u sec;
  CrInt16u msec;
};

typedef struct {
  CrInt32u imagePixWidth;
  CrInt32u imagePixHeight;
} CrContentsFile_ImageParam;

// Sony's class also carries video and audio parameters after imageParam; Tether reads neither, so the
// stand-in stops at imageParam (the members it declares have Sony's types and order).
class SCRSDK_API CrContentsFile {
 public:
  CrContentsFile();
  ~CrContentsFile();
  CrContentsFile(const CrContentsFile& ref);
  CrContentsFile& operator=(const CrContentsFile& ref);

  CrInt16u fileId;
  CrInt32u filePathLength;
  CrInt8* filePath;  // UTF-8 path on the card, NUL-terminated
  CrContentsFile_FileFormat fileFormat;
  CrInt64u fileSize;
  CrInt8u umid[32];
  bool isImageParamExsist;
  CrContentsFile_ImageParam imageParam;
};

class SCRSDK_API CrContentsInfo {
 public:
  CrContentsInfo();
  ~CrContentsInfo();
  CrContentsInfo(const CrContentsInfo& ref);
  CrContentsInfo& operator=(const CrContentsInfo& ref);

  CrContentsInfo_ContentType contentType;
  CrInt32u contentId;
  CrInt32u dirNumber;
  CrInt32u fileNumber;
  CrContentsInfo_GroupType groupType;
  CrInt32u groupId;
  bool representative;
  CrCaptureDate creationDatetimeUTC;
  CrCaptureDate modificationDatetimeUTC;
  CrCaptureDate creationDatetimeLocaltime;
  CrCaptureDate modificationDatetimeLocaltime;
  CrContentsInfo_Rating rating;
  bool protectionStatus;
  bool dummyContent;
  CrInt32u shotMarkNum;
  CrInt8u* shotMark;
  CrInt32u filesNum;
  CrContentsFile* files;
};

}  // namespace SCRSDK

#endif  // CRDEVICEPROPERTY_H
