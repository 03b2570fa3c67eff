// Stand-in declaration of CRSDK error, warning and notification codes, written from the public API reference
// and from values measured against Sony's v2.00 headers (see native/README.md, "The stand-in SDK"). Names and
// numbering follow the real SDK: every enumerator the bridge or the stand-in uses has the real value, and
// the sequences in between keep the real names so the implicit numbering lands where Sony's does.
#ifndef CRERROR_H
#define CRERROR_H

#include "CrTypes.h"

namespace SCRSDK {

typedef CrInt32 CrError;

enum {
  CrError_None = 0x0000,
  CrError_Generic = 0x8000,
  CrError_File = 0x8100,
  CrError_Connect = 0x8200,
  CrError_Memory = 0x8300,
  CrError_Api = 0x8400,
  CrError_Init = 0x8500,
  CrError_Polling = 0x8600,
  CrError_Adaptor = 0x8700,
  CrError_Device = 0x8800,
  CrError_Contents = 0x8C00,
  CrError_RemoteTransfer = 0x8D00,

  CrError_Generic_Unknown = CrError_Generic,
  CrError_Generic_Notimpl,
  CrError_Generic_Abort,
  CrError_Generic_NotSupported,
  CrError_Generic_SeriousErrorNotSupported,
  CrError_Generic_InvalidHandle,
  CrError_Generic_InvalidParameter,

  CrError_File_Unknown = CrError_File,
  CrError_File_IllegalOperation,
  CrError_File_IllegalParameter,
  CrError_File_EOF,
  CrError_File_OutOfRange,
  CrError_File_NotFound,
  CrError_File_DirNotFound,
  CrError_File_AlreadyOpened,
  CrError_File_PermissionDenied,
  CrError_File_StorageFull,

  CrError_Connect_Unknown = CrError_Connect,
  CrError_Connect_Connect,
  CrError_Connect_ConnectIP,
  CrError_Connect_Release,
  CrError_Connect_GetProperty,
  CrError_Connect_SendCommand,
  CrError_Connect_HandlePlugin,
  CrError_Connect_Disconnected,
  CrError_Connect_TimeOut,
  CrError_Reconnect_TimeOut,
  CrError_Connect_FailRejected,
  CrError_Connect_FailBusy,
  CrError_Connect_FailUnspecified,
  CrError_Connect_Cancel,
  CrError_Reserved1,
  CrError_Reserved2,
  CrError_Connect_SessionAlreadyOpened,
  CrError_Connect_ContentsTransfer_NotSupported,

  CrError_Memory_Unknown = CrError_Memory,
  CrError_Memory_OutOfMemory,
  CrError_Memory_InvalidPointer,
  CrError_Memory_Insufficient,

  CrError_Api_Unknown = CrError_Api,
  CrError_Api_Insufficient,
  CrError_Api_InvalidCalled,

  // 0x8703 CrError_Adaptor_Create is what enumeration answers when no CrAdapter/ folder is found beside the
  // executable. The misspelt EnumDecvice is the deprecated name of EnumDevice.
  CrError_Adaptor_Unknown = CrError_Adaptor,
  CrError_Adaptor_InvaildProperty,
  CrError_Adaptor_InvalidProperty = CrError_Adaptor_InvaildProperty,
  CrError_Adaptor_GetInfo,
  CrError_Adaptor_Create,
  CrError_Adaptor_SendCommand,
  CrError_Adaptor_HandlePlugin,
  CrError_Adaptor_CreateDevice,
  CrError_Adaptor_EnumDecvice,
  CrError_Adaptor_EnumDevice = CrError_Adaptor_EnumDecvice,
  CrError_Adaptor_Reset,
  CrError_Adaptor_Read,
  CrError_Adaptor_Phase,
  CrError_Adaptor_DataToWiaItem,
  CrError_Adaptor_DeviceBusy,
  CrError_Adaptor_Escape,

  CrError_Device_Unknown = CrError_Device,

  CrError_Contents_Unknown = CrError_Contents,
  CrError_Contents_Reserved1,
  CrError_Contents_InvalidHandle,
  CrError_Contents_DateFolderList_NotRetrieved,
  CrError_Contents_ContentsList_NotRetrieved,
  CrError_Contents_Transfer_Unsuccess,
  CrError_Contents_Transfer_Cancel,
  CrError_Contents_RejectRequest,

  // Remote transfer: 0x8D03 answers a second transfer while one runs; 0x8D05 a listing while the card index
  // is still being built after a connect.
  CrError_RemoteTransfer_Unknown = CrError_RemoteTransfer,
  CrError_RemoteTransfer_VideoFileNotSupported,
  CrError_RemoteTransfer_ContentNotFound,
  CrError_RemoteTransfer_GetContentsDataDisable,
  CrError_RemoteTransfer_StatusError,
  CrError_RemoteTransfer_GetContentsInfoListProcessing,

  CrWarning_Unknown = 0x00020000,
  CrWarning_Connect_Reconnected,
  CrWarning_Connect_Reconnecting,
  CrWarning_File_StorageFull,
  CrWarning_SetFileName_Failed,
  CrWarning_GetImage_Failed,
  CrWarning_FailedToSetCWB,
  CrWarning_NetworkErrorOccurred,
  CrWarning_NetworkErrorRecovered,
  CrWarning_Format_Failed,
  CrWarning_Format_Invalid,
  CrWarning_Format_Complete,
  CrWarning_FTPTransferSetting_Read_Result_Invalid,
  CrWarning_FTPTransferSetting_Read_Result_OK,
  CrWarning_FTPTransferSetting_Read_Result_NG,
  CrWarning_FTPTransferSetting_Read_Result_NG_password,
  CrWarning_FTPTransferSetting_Read_Result_DeviceBusy,
  CrNotify_Captured_Event,
  CrWarning_Exposure_Started = CrNotify_Captured_Event,
  CrWarning_DateTime_Setting_Result_Invalid,
  CrWarning_DateTime_Setting_Result_OK,
  CrWarning_DateTime_Setting_Result_Parameter_Error,
  CrWarning_DateTime_Setting_Result_Exclusion_Error,
  CrWarning_DateTime_Setting_Result_System_Error,
  CrWarning_Frame_NotUpdated,
  CrNotify_All_Download_Complete,
  CrWarning_Connect_Already,
  CrWarning_Connect_OverLimitOfDevice,
  CrWarning_Format_Canceled,
  CrWarning_ZoomAndFocusPosition_Invalid,
  CrWarning_ZoomAndFocusPosition_DifferentLens,
  CrWarning_ZoomAndFocusPosition_InvalidLens,
  CrWarning_ContentsTransferMode_Invalid,
  CrWarning_ContentsTransferMode_DeviceBusy,
  CrWarning_ContentsTransferMode_StatusError,
  CrWarning_ContentsTransferMode_CanceledFromCamera,
  CrWarning_ContentsTransferCancel_Success,
  CrWarning_ContentsTransferCancel_Error,
  CrNotify_ContentsTransfer_Start,
  CrNotify_ContentsTransfer_Complete,

  // Remote-transfer notifications, in the real order: result codes, then the card-list changes (there is
  // no "Delete"), then progress and control. Values as in Sony's v2.00 headers.
  CrNotify_RemoteTransfer_Result_OK = 0x00020093,
  CrNotify_RemoteTransfer_Result_NG,
  CrNotify_RemoteTransfer_Result_DeviceBusy,
  CrNotify_RemoteTransfer_Changed_All,
  CrNotify_RemoteTransfer_Changed_Add,
  CrNotify_RemoteTransfer_Changed_Clear,
  CrNotify_RemoteTransfer_InProgress,
  CrNotify_RemoteTransfer_Control_Stopped,
  CrNotify_RemoteTransfer_Control_Canceled,

  CrWarningExt_Unknown = 0x00060000,
  CrWarningExt_AFStatus,
};

#define CR_SUCCEEDED(e) (SCRSDK::CrError_None == (e))
#define CR_FAILED(e) (SCRSDK::CrError_None != (e))

}  // namespace SCRSDK

#endif  // CRERROR_H
