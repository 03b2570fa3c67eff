// Facts about Sony's Camera Remote SDK that the bridge depends on, as compile-time checks. This file is
// compiled in every native build: against the stand-in (so the stand-in cannot drift from the real SDK at
// these points) and against Sony's SDK with CRSDK_DIR (so each fact is proven true of the real headers).
// The values were measured against Sony's v2.00 headers; they are facts, not copies of Sony's files.
#include <type_traits>

#include "CameraRemote_SDK.h"

namespace facts {
template <typename T, typename = void>
struct is_complete : std::false_type {};
template <typename T>
struct is_complete<T, std::void_t<decltype(sizeof(T))>> : std::true_type {};
}  // namespace facts

// 1. CameraRemote_SDK.h only forward-declares IDeviceCallback: implementers include IDeviceCallback.h.
static_assert(!facts::is_complete<SCRSDK::IDeviceCallback>::value,
              "CameraRemote_SDK.h must only forward-declare IDeviceCallback");

#include "IDeviceCallback.h"

namespace {
using namespace SCRSDK;

// 2. IDeviceCallback has no virtual destructor, and no pure virtual: every callback has a default body.
static_assert(std::is_polymorphic<IDeviceCallback>::value, "IDeviceCallback is an interface of virtuals");
static_assert(!std::has_virtual_destructor<IDeviceCallback>::value, "IDeviceCallback has no virtual destructor");
static_assert(!std::is_abstract<IDeviceCallback>::value, "IDeviceCallback callbacks have default bodies");

// 3/11. Remote-transfer notifications: no "Changed_Delete"; values 0x20093..0x2009B in this order.
static_assert(CrNotify_RemoteTransfer_Result_OK == 0x00020093, "");
static_assert(CrNotify_RemoteTransfer_Result_NG == 0x00020094, "");
static_assert(CrNotify_RemoteTransfer_Result_DeviceBusy == 0x00020095, "");
static_assert(CrNotify_RemoteTransfer_Changed_All == 0x00020096, "");
static_assert(CrNotify_RemoteTransfer_Changed_Add == 0x00020097, "");
static_assert(CrNotify_RemoteTransfer_Changed_Clear == 0x00020098, "");
static_assert(CrNotify_RemoteTransfer_InProgress == 0x00020099, "");
static_assert(CrNotify_RemoteTransfer_Control_Stopped == 0x0002009A, "");
static_assert(CrNotify_RemoteTransfer_Control_Canceled == 0x0002009B, "");

// 7/11. OnCompleteDownload: a shot comes with _None (the callback's default), the settings file with _Setup.
static_assert(CrDownloadSettingFileType_Setup == 0x00000000, "");
static_assert(CrDownloadSettingFileType_None == 0xFFFFFFFF, "");
static_assert(CrUploadSettingFileType_Setup == 0x00001000, "");

// 11. Other values the bridge passes or compares.
static_assert(CrLiveViewProperty_TrackingFrame == 0x0193, "");
static_assert(CrLiveViewProperty_AF_Area_Position == 0x0121, "");
static_assert(CrGetContentsInfoListType_All == 0x00, "");
static_assert(CrGetContentsDataControlType_Cancel == 0x02, "");
static_assert(CrGetContentsCompressedDataType_Thumbnail == 1 && CrGetContentsCompressedDataType_Screennail == 2, "");
static_assert(CrContentsFile_FileFormat_Jpeg == 0x3801 && CrContentsFile_FileFormat_Raw == 0xB101, "");
static_assert(CrContentsFile_FileFormat_Heif == 0xB110 && CrContentsFile_FileFormat_Mp4 == 0xB982, "");
static_assert(std::is_same<std::underlying_type<CrContentsFile_FileFormat>::type, CrInt32u>::value, "");
static_assert(std::is_same<std::underlying_type<CrGetContentsInfoListType>::type, CrInt8u>::value, "");
static_assert(std::is_same<decltype(CrCaptureDate::month), CrInt16u>::value, "capture dates are 16-bit fields");
static_assert(std::is_same<decltype(CrContentsFile::filePath), CrInt8*>::value, "");
static_assert(std::is_same<decltype(CrContentsFile::fileId), CrInt16u>::value, "");
static_assert(CrWarning_Connect_Reconnected == 0x00020001 && CrWarning_Connect_Reconnecting == 0x00020002, "");
static_assert(CrNotify_Captured_Event == 0x00020011 && CrWarning_Frame_NotUpdated == 0x00020017, "");
static_assert(CrNotify_ContentsTransfer_Start == 0x00020025 && CrNotify_ContentsTransfer_Complete == 0x00020026, "");
static_assert(CrWarning_ContentsTransferMode_Invalid == 0x0002001F, "");
static_assert(CrWarning_ContentsTransferCancel_Error == 0x00020024, "");

// 12. Error names: 0x8703 Adaptor_Create (no CrAdapter/ beside the executable), EnumDevice (the old name is
// misspelt), 0x8D03 GetContentsDataDisable, 0x8D05 GetContentsInfoListProcessing.
static_assert(CrError_Adaptor_Create == 0x8703, "");
static_assert(CrError_Adaptor_EnumDevice == 0x8707, "");
static_assert(CrError_RemoteTransfer_GetContentsDataDisable == 0x8D03, "");
static_assert(CrError_RemoteTransfer_GetContentsInfoListProcessing == 0x8D05, "");
static_assert(CrError_Api_InvalidCalled == 0x8402 && CrError_Adaptor_DeviceBusy == 0x870C, "");

// 6. Image blocks are read through const accessors (GetImageData/GetImageSize apply the SDK's offset).
static_assert(std::is_same<decltype(&CrImageDataBlock::GetImageData), CrInt8u* (CrImageDataBlock::*)() const>::value,
              "");
static_assert(std::is_same<decltype(&CrImageDataBlock::GetImageSize), CrInt32u (CrImageDataBlock::*)() const>::value,
              "");

// 12. Exposure bias is declared an unsigned 16-bit property (its values are signed EV x 1000 all the same).
static_assert(CrDeviceProperty_ExposureBiasCompensation == 0x0101, "");
static_assert(CrDeviceProperty_PriorityKeySettings == 0x011A && CrPriorityKey_PCRemote == 2, "");
static_assert(CrFnumber_Unknown == 0xFFFE && CrFnumber_Nothing == 0xFFFF, "");
}  // namespace
