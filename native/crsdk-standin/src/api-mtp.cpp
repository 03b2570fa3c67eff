// Exported SDK entry points: contents-transfer (MTP) mode, settings file download/upload and LUT import.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

#include "standin.h"

using namespace SCRSDK;
using namespace standin;


extern "C" {

// ---- contents transfer (MTP) ----
CrError SCRSDK::GetDateFolderList(CrDeviceHandle h, CrMtpFolderInfo** folders, CrInt32u* num) {
  auto dev = find_device(h);
  if (!folders || !num) return CrError_Generic_InvalidParameter;
  *folders = nullptr;
  *num = 0;
  if (CrError e = check_card(dev, CrSdkControlMode_ContentsTransfer)) return e;
  std::vector<std::string> days;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    for (auto& c : dev->cam->card) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d%02d%02d", c.year, c.month, c.day);
      if (std::find(days.begin(), days.end(), buf) == days.end()) days.push_back(buf);
    }
  }
  if (days.empty()) return CrError_None;
  *folders = new CrMtpFolderInfo[days.size()];
  for (size_t i = 0; i < days.size(); ++i) {
    CrMtpFolderInfo& f = (*folders)[i];
    f.handle = static_cast<CrFolderHandle>(std::stoul(days[i]));
    f.folderNameSize = static_cast<CrInt32u>(days[i].size());
    f.folderName = new CrChar[days[i].size() + 1];
    for (size_t k = 0; k <= days[i].size(); ++k) f.folderName[k] = static_cast<CrChar>(days[i].c_str()[k]);
  }
  *num = static_cast<CrInt32u>(days.size());
  g_live_objects.fetch_add(1);
  return CrError_None;
}

CrError SCRSDK::ReleaseDateFolderList(CrDeviceHandle, CrMtpFolderInfo* folders) {
  if (folders) {
    delete[] folders;
    g_live_objects.fetch_sub(1);
  }
  return CrError_None;
}

CrError SCRSDK::GetContentsHandleList(CrDeviceHandle h, CrFolderHandle folder, CrContentHandle** handles,
                                      CrInt32u* num) {
  auto dev = find_device(h);
  if (!handles || !num) return CrError_Generic_InvalidParameter;
  *handles = nullptr;
  *num = 0;
  if (CrError e = check_card(dev, CrSdkControlMode_ContentsTransfer)) return e;
  std::vector<CrContentHandle> out;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    for (auto& c : dev->cam->card)
      if (static_cast<CrFolderHandle>(c.year * 10000 + c.month * 100 + c.day) == folder)
        for (auto& f : c.files) out.push_back(f.mtp_handle);
  }
  if (out.empty()) return CrError_None;
  *handles = new CrContentHandle[out.size()];
  std::copy(out.begin(), out.end(), *handles);
  *num = static_cast<CrInt32u>(out.size());
  g_live_objects.fetch_add(1);
  return CrError_None;
}

CrError SCRSDK::ReleaseContentsHandleList(CrDeviceHandle, CrContentHandle* handles) {
  if (handles) {
    delete[] handles;
    g_live_objects.fetch_sub(1);
  }
  return CrError_None;
}

CrError SCRSDK::GetContentsDetailInfo(CrDeviceHandle h, CrContentHandle handle, CrMtpContentsInfo* info) {
  auto dev = find_device(h);
  if (!info) return CrError_Generic_InvalidParameter;
  if (CrError e = check_card(dev, CrSdkControlMode_ContentsTransfer, false)) return e;
  CardContent c;
  CardFile f;
  if (!find_mtp(*dev->cam, handle, c, f)) return CrError_Contents_InvalidHandle;
  CrMtpContentsInfo out;
  out.handle = handle;
  out.parentFolderHandle = static_cast<CrFolderHandle>(c.year * 10000 + c.month * 100 + c.day);
  out.contentSize = f.size;
  char date[17];
  std::snprintf(date, sizeof date, "%04d%02d%02dT%02d%02d%02d", c.year, c.month, c.day, c.hour, c.minute, c.second);
  for (int i = 0; i < 16; ++i) out.dateChar[i] = static_cast<CrChar>(date[i]);
  out.width = f.format == CrContentsFile_FileFormat_Jpeg ? 7008 : 0;
  out.height = f.format == CrContentsFile_FileFormat_Jpeg ? 4672 : 0;
  out.fileNameSize = static_cast<CrInt32u>(f.name.size());
  out.fileName = new CrChar[f.name.size() + 1];
  for (size_t k = 0; k <= f.name.size(); ++k) out.fileName[k] = static_cast<CrChar>(f.name.c_str()[k]);
  *info = out;
  return CrError_None;
}

CrError SCRSDK::PullContentsFile(CrDeviceHandle h, CrContentHandle handle, CrPropertyStillImageTransSize size,
                                 CrChar* path, CrChar* fileName) {
  auto dev = find_device(h);
  if (CrError e = check_card(dev, CrSdkControlMode_ContentsTransfer)) return e;
  CardContent c;
  CardFile f;
  if (!find_mtp(*dev->cam, handle, c, f)) return CrError_Contents_InvalidHandle;
  if (!claim_transfer(dev)) return CrError_RemoteTransfer_GetContentsDataDisable;
  std::vector<uint8_t> bytes = size == CrPropertyStillImageTransSize_SmallSize ? fixtures().screennail
                                                                                : make_file_bytes(c, f);
  const std::string name = fileName && *fileName ? to_std(fileName) : f.name;
  const std::string full = join_path(target_dir(dev, path), name);
  std::weak_ptr<Device> weak = dev;
  dev->spawn([weak, handle, full, bytes = std::move(bytes)] {
    auto d = weak.lock();
    if (!d) return;
    auto cpath = cr_chars(full);
    d->fire([&](IDeviceCallback* cb) { cb->OnNotifyContentsTransfer(CrNotify_ContentsTransfer_Start, handle, nullptr); });
    bool ok = pull_to_file(d, full, bytes, [](uint32_t) {});
    const bool cancelled = d->xfer_cancel.load() && d->cam->plugged.load();
    release_transfer(d);
    if (ok) {
      d->fire([&](IDeviceCallback* cb) {
        cb->OnNotifyContentsTransfer(CrNotify_ContentsTransfer_Complete, handle, cpath.data());
      });
      return;
    }
    // Failures and cancellations arrive as warnings, not as a contents-transfer notification.
    const CrInt32u warning =
        cancelled ? CrWarning_ContentsTransferMode_CanceledFromCamera : CrWarning_ContentsTransferMode_StatusError;
    d->fire([&](IDeviceCallback* cb) { cb->OnWarning(warning); });
  });
  return CrError_None;
}

CrError SCRSDK::GetContentsThumbnailImage(CrDeviceHandle h, CrContentHandle handle, CrImageDataBlock* block,
                                          CrFileType* type) {
  auto dev = find_device(h);
  if (!block) return CrError_Generic_InvalidParameter;
  if (CrError e = check_card(dev, CrSdkControlMode_ContentsTransfer, false)) return e;
  CardContent c;
  CardFile f;
  if (!find_mtp(*dev->cam, handle, c, f)) return CrError_Contents_InvalidHandle;
  const auto& thumb = fixtures().thumb;
  if (CrError e = ImageAccess::write(*block, 0, thumb)) return e;
  if (type) *type = CrFileType_Jpeg;
  return CrError_None;
}


// ---- settings file and LUT ----
CrError SCRSDK::DownloadSettingFile(CrDeviceHandle h, CrDownloadSettingFileType type, CrChar* filePath,
                                    CrChar* fileName, const char*) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!dev->cam->plugged.load() || dev->state.load() != LinkState::Connected) return CrError_Connect_Disconnected;
  if (dev->cam->take_busy()) return CrError_Adaptor_DeviceBusy;
  const std::string name = fileName && *fileName ? to_std(fileName) : "CUMSET.DAT";
  const std::string full = join_path(target_dir(dev, filePath), name);
  std::weak_ptr<Device> weak = dev;
  dev->spawn([weak, full, type] {
    auto d = weak.lock();
    if (!d) return;
    std::vector<uint8_t> bytes(40960);
    const char magic[] = "SONY CAMERA SETTINGS (stand-in)";
    std::memcpy(bytes.data(), magic, sizeof magic);
    for (size_t i = sizeof magic; i < bytes.size(); ++i) bytes[i] = static_cast<uint8_t>(i * 7);
    if (!write_file(full, bytes)) return;
    auto cpath = cr_chars(full);
    d->fire([&](IDeviceCallback* cb) { cb->OnCompleteDownload(cpath.data(), static_cast<CrInt32u>(type)); });
    // `type` is CrDownloadSettingFileType_Setup (0) for the camera settings file, never _None: that is a shot.
  });
  return CrError_None;
}

CrError SCRSDK::UploadSettingFile(CrDeviceHandle h, CrUploadSettingFileType, CrChar* fileName, const char*) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!dev->cam->plugged.load() || dev->state.load() != LinkState::Connected) return CrError_Connect_Disconnected;
  std::ifstream in(to_std(fileName), std::ios::binary | std::ios::ate);
  if (!in) return CrError_File_NotFound;
  if (in.tellg() <= 0) return CrError_File_IllegalParameter;
  return CrError_None;
}

CrError SCRSDK::ImportLUTFile(CrDeviceHandle h, CrChar* fileName, CrBaseLookNumber) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!dev->cam->plugged.load() || dev->state.load() != LinkState::Connected) return CrError_Connect_Disconnected;
  std::ifstream in(to_std(fileName));
  if (!in) return CrError_File_NotFound;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.find("LUT_3D_SIZE") == std::string::npos) return CrError_Generic_InvalidParameter;
  return CrError_None;
}

}  // extern "C"
