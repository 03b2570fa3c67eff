// Stand-in declaration of the CRSDK entry points Tether Studio uses (names and signatures from the public
// API reference). Built into libCr_Core so the bridge links exactly as it links against Sony's library.
// As in Sony's header, IDeviceCallback is only forward-declared here: include "IDeviceCallback.h" to
// implement it.
#ifndef CAMERAREMOTE_SDK_H
#define CAMERAREMOTE_SDK_H

#include "CrCommandData.h"
#include "CrDefines.h"
#include "CrDeviceProperty.h"
#include "CrError.h"
#include "CrImageDataBlock.h"
#include "CrTypes.h"
#include "ICrCameraObjectInfo.h"

namespace SCRSDK {

class IDeviceCallback;

extern "C" SCRSDK_API bool Init(CrInt32u logtype = 0);
extern "C" SCRSDK_API bool Release();
extern "C" SCRSDK_API CrError EnumCameraObjects(ICrEnumCameraObjectInfo** ppEnumCameraObjectInfo, CrInt8u timeInSec = 3);
extern "C" SCRSDK_API CrError Connect(ICrCameraObjectInfo* pCameraObjectInfo, IDeviceCallback* callback,
                                      CrDeviceHandle* deviceHandle,
                                      CrSdkControlMode openMode = CrSdkControlMode_Remote,
                                      CrReconnectingSet reconnect = CrReconnecting_ON, const char* userId = 0,
                                      const char* userPassword = 0, const char* fingerprint = 0,
                                      CrInt32u fingerprintSize = 0);
extern "C" SCRSDK_API CrError Disconnect(CrDeviceHandle deviceHandle);
extern "C" SCRSDK_API CrError ReleaseDevice(CrDeviceHandle deviceHandle);
extern "C" SCRSDK_API CrError GetDeviceProperties(CrDeviceHandle deviceHandle, CrDeviceProperty** properties,
                                                  CrInt32* numOfProperties);
extern "C" SCRSDK_API CrError GetSelectDeviceProperties(CrDeviceHandle deviceHandle, CrInt32u numOfCodes,
                                                        CrInt32u* codes, CrDeviceProperty** properties,
                                                        CrInt32* numOfProperties);
extern "C" SCRSDK_API CrError ReleaseDeviceProperties(CrDeviceHandle deviceHandle, CrDeviceProperty* properties);
extern "C" SCRSDK_API CrError SetDeviceProperty(CrDeviceHandle deviceHandle, CrDeviceProperty* pProperty);
extern "C" SCRSDK_API CrError SendCommand(CrDeviceHandle deviceHandle, CrInt32u commandId, CrCommandParam commandParam);
extern "C" SCRSDK_API CrError GetLiveViewImage(CrDeviceHandle deviceHandle, CrImageDataBlock* imageData);
extern "C" SCRSDK_API CrError GetLiveViewImageInfo(CrDeviceHandle deviceHandle, CrImageInfo* info);
extern "C" SCRSDK_API CrError GetSelectLiveViewProperties(CrDeviceHandle deviceHandle, CrInt32u numOfCodes,
                                                          CrInt32u* codes, CrLiveViewProperty** properties,
                                                          CrInt32* numOfProperties);
extern "C" SCRSDK_API CrError ReleaseLiveViewProperties(CrDeviceHandle deviceHandle, CrLiveViewProperty* properties);
extern "C" SCRSDK_API CrError GetDeviceSetting(CrDeviceHandle deviceHandle, CrInt32u key, CrInt32u* value);
extern "C" SCRSDK_API CrError SetDeviceSetting(CrDeviceHandle deviceHandle, CrInt32u key, CrInt32u value);
extern "C" SCRSDK_API CrError SetSaveInfo(CrDeviceHandle deviceHandle, CrChar* path, CrChar* prefix, CrInt32 no);
extern "C" SCRSDK_API CrInt32u GetSDKVersion();
extern "C" SCRSDK_API CrInt32u GetSDKSerial();

// Contents transfer (MTP) mode.
extern "C" SCRSDK_API CrError GetDateFolderList(CrDeviceHandle deviceHandle, CrMtpFolderInfo** folders,
                                                CrInt32u* numOfFolders);
extern "C" SCRSDK_API CrError GetContentsHandleList(CrDeviceHandle deviceHandle, CrFolderHandle folderHandle,
                                                    CrContentHandle** contentsHandles, CrInt32u* numOfContents);
extern "C" SCRSDK_API CrError GetContentsDetailInfo(CrDeviceHandle deviceHandle, CrContentHandle contentHandle,
                                                    CrMtpContentsInfo* contentsInfo);
extern "C" SCRSDK_API CrError ReleaseDateFolderList(CrDeviceHandle deviceHandle, CrMtpFolderInfo* folders);
extern "C" SCRSDK_API CrError ReleaseContentsHandleList(CrDeviceHandle deviceHandle, CrContentHandle* contentsHandles);
extern "C" SCRSDK_API CrError PullContentsFile(CrDeviceHandle deviceHandle, CrContentHandle contentHandle,
                                               CrPropertyStillImageTransSize size = CrPropertyStillImageTransSize_Original,
                                               CrChar* path = 0, CrChar* fileName = 0);
extern "C" SCRSDK_API CrError GetContentsThumbnailImage(CrDeviceHandle deviceHandle, CrContentHandle contentHandle,
                                                        CrImageDataBlock* imageData, CrFileType* fileType);

// Settings file and LUT.
extern "C" SCRSDK_API CrError DownloadSettingFile(CrDeviceHandle deviceHandle, CrDownloadSettingFileType type,
                                                  CrChar* filePath = 0, CrChar* fileName = 0,
                                                  const char* password = 0);
extern "C" SCRSDK_API CrError UploadSettingFile(CrDeviceHandle deviceHandle, CrUploadSettingFileType type,
                                                CrChar* fileName, const char* password = 0);
extern "C" SCRSDK_API CrError ImportLUTFile(CrDeviceHandle deviceHandle, CrChar* fileName,
                                            CrBaseLookNumber baseLookNumber);

// Contents transfer with remote control (CrSdkControlMode_RemoteTransfer).
extern "C" SCRSDK_API CrError GetRemoteTransferCapturedDateList(CrDeviceHandle deviceHandle, CrSlotNumber slotNumber,
                                                                CrCaptureDate** captureDateList, CrInt32u* nums);
extern "C" SCRSDK_API CrError GetRemoteTransferContentsInfoList(CrDeviceHandle deviceHandle, CrSlotNumber slotNumber,
                                                                CrGetContentsInfoListType type,
                                                                CrCaptureDate* captureDate, CrInt32u maxNums,
                                                                CrContentsInfo** contentsInfoList, CrInt32u* nums);
extern "C" SCRSDK_API CrError GetRemoteTransferContentsDataFile(CrDeviceHandle deviceHandle, CrSlotNumber slotNumber,
                                                                CrInt32u contentsId, CrInt32u fileId,
                                                                CrInt32u divisionSize, CrChar* path = 0,
                                                                CrChar* fileName = 0);
extern "C" SCRSDK_API CrError ControlGetRemoteTransferContentsDataFile(CrDeviceHandle deviceHandle,
                                                                       CrGetContentsDataControlType type);
extern "C" SCRSDK_API CrError GetRemoteTransferContentsCompressedDataFile(
    CrDeviceHandle deviceHandle, CrSlotNumber slotNumber, CrInt32u contentsId, CrInt32u fileId,
    CrGetContentsCompressedDataType type, CrChar* path = 0, CrChar* fileName = 0);
extern "C" SCRSDK_API CrError ReleaseRemoteTransferCapturedDateList(CrDeviceHandle deviceHandle, CrCaptureDate* dateList);
extern "C" SCRSDK_API CrError ReleaseRemoteTransferContentsInfoList(CrDeviceHandle deviceHandle,
                                                                    CrContentsInfo* contentsInfoList);

}  // namespace SCRSDK

#endif  // CAMERAREMOTE_SDK_H
