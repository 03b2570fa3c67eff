// Stand-in declaration of CRSDK handles, data types and connection settings.
#ifndef CRDEFINES_H
#define CRDEFINES_H

#include "CrError.h"
#include "CrTypes.h"

namespace SCRSDK {

typedef CrInt64 CrDeviceHandle;
typedef CrInt32u CrFolderHandle;
typedef CrInt32u CrContentHandle;

enum CrDataType : CrInt32u {
  CrDataType_Undefined = 0x0000,
  CrDataType_UInt8 = 0x0001,
  CrDataType_UInt16 = 0x0002,
  CrDataType_UInt32 = 0x0003,
  CrDataType_UInt64 = 0x0004,
  CrDataType_UInt128 = 0x0005,
  CrDataType_SignBit = 0x1000,
  CrDataType_Int8 = CrDataType_SignBit | CrDataType_UInt8,
  CrDataType_Int16 = CrDataType_SignBit | CrDataType_UInt16,
  CrDataType_Int32 = CrDataType_SignBit | CrDataType_UInt32,
  CrDataType_Int64 = CrDataType_SignBit | CrDataType_UInt64,
  CrDataType_ArrayBit = 0x2000,
  CrDataType_UInt8Array = CrDataType_ArrayBit | CrDataType_UInt8,
  CrDataType_UInt16Array = CrDataType_ArrayBit | CrDataType_UInt16,
  CrDataType_UInt32Array = CrDataType_ArrayBit | CrDataType_UInt32,
  CrDataType_UInt64Array = CrDataType_ArrayBit | CrDataType_UInt64,
  CrDataType_Int8Array = CrDataType_ArrayBit | CrDataType_Int8,
  CrDataType_Int16Array = CrDataType_ArrayBit | CrDataType_Int16,
  CrDataType_Int32Array = CrDataType_ArrayBit | CrDataType_Int32,
  CrDataType_Int64Array = CrDataType_ArrayBit | CrDataType_Int64,
  CrDataType_RangeBit = 0x4000,
  CrDataType_UInt8Range = CrDataType_RangeBit | CrDataType_UInt8,
  CrDataType_UInt16Range = CrDataType_RangeBit | CrDataType_UInt16,
  CrDataType_UInt32Range = CrDataType_RangeBit | CrDataType_UInt32,
  CrDataType_Int8Range = CrDataType_RangeBit | CrDataType_Int8,
  CrDataType_Int16Range = CrDataType_RangeBit | CrDataType_Int16,
  CrDataType_Int32Range = CrDataType_RangeBit | CrDataType_Int32,
  CrDataType_STR = 0xFFFF,
};

typedef enum {
  DEVICE_CONNECTION_VERSION_UNKNOWN = 0,
  DEVICE_CONNECTION_VERSION_RCP3 = 300,
} DeviceConnectionVersioin;

typedef enum {
  Setting_Key_EnableLiveView = 0,
  Setting_Key_PartialBuffer = 6,
  Setting_Key_GetOSDImage_IntervalTime = 8,
  Setting_Key_EnablePostView = 9,
} SettingKey;

enum CrReconnectingSet : CrInt32u {
  CrReconnecting_OFF = 0x00000000,
  CrReconnecting_ON,
};

enum CrDeviceSetting {
  CrDeviceSetting_Disable = 0,
  CrDeviceSetting_Enable,
};

enum CrSdkControlMode : CrInt32u {
  CrSdkControlMode_Remote = 0x00000000,
  CrSdkControlMode_ContentsTransfer,
  CrSdkControlMode_RemoteTransfer,
};

// SetSaveInfo: -1 keeps the camera's own numbering.
const CrInt32 CrSETSAVEINFO_AUTO_NUMBER = -1;

}  // namespace SCRSDK

#endif  // CRDEFINES_H
