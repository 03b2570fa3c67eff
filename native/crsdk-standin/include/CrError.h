// Stand-in declaration of CRSDK error, warning and notification codes.
// Categories and the order inside them follow the public API reference; only what Tether uses is listed
// where the reference numbering is not needed.
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
  CrError_Connect_Reserved1,
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
  CrError_Connect_Reserved2,
  CrError_Connect_Reserved3,
  CrError_Connect_SessionAlreadyOpened,
  CrError_Connect_ContentsTransfer_NotSupported,

  CrError_Memory_Unknown = CrError_Memory,
  CrError_Memory_OutOfMemory,
  CrError_Memory_InvalidPointer,
  CrError_Memory_Insufficient,

  CrError_Api_Unknown = CrError_Api,
  CrError_Api_Insufficient,
  CrError_Api_InvalidCalled,

  CrError_Adaptor_Unknown = CrError_Adaptor,
  CrError_Adaptor_InvaildProperty,
  CrError_Adaptor_GetInfo,
  CrError_Adaptor_Create,
  CrError_Adaptor_SendCommand,
  CrError_Adaptor_HandlePlugin,
  CrError_Adaptor_CreateDevice,
  CrError_Adaptor_EnumDecvice,
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

  // Remote transfer family (0x8D..): 0x8D03 = a transfer is already running, 0x8D05 = card index not ready.
  CrError_RemoteTransfer_Unknown = CrError_RemoteTransfer,
  CrError_RemoteTransfer_Reserved1,
  CrError_RemoteTransfer_Reserved2,
  CrError_RemoteTransfer_Busy,
  CrError_RemoteTransfer_Reserved4,
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
  CrWarning_Reserved1,
  CrWarning_Reserved2,
  CrWarning_Reserved3,
  CrWarning_Reserved4,
  CrWarning_Reserved5,
  CrWarning_Exposure_Started,
  CrNotify_Captured_Event = CrWarning_Exposure_Started,
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

  // Remote-transfer notifications (stand-in numbering; the bridge only compares symbols).
  CrNotify_RemoteTransfer_Result_OK = 0x00020100,
  CrNotify_RemoteTransfer_Result_NG,
  CrNotify_RemoteTransfer_Result_DeviceBusy,
  CrNotify_RemoteTransfer_InProgress,
  CrNotify_RemoteTransfer_Control_Stopped,
  CrNotify_RemoteTransfer_Control_Canceled,
  CrNotify_RemoteTransfer_Changed_Add = 0x00020110,
  CrNotify_RemoteTransfer_Changed_Delete,
  CrNotify_RemoteTransfer_Changed_All,
  CrNotify_RemoteTransfer_Changed_Clear,
};

#define CR_SUCCEEDED(e) (SCRSDK::CrError_None == (e))
#define CR_FAILED(e) (SCRSDK::CrError_None != (e))

}  // namespace SCRSDK

#endif  // CRERROR_H
