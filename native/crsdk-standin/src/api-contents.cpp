// Exported SDK entry points for card access: contents-transfer (MTP) mode, contents transfer with remote
// control (one transfer at a time, progress callbacks, cancel), settings file download/upload and LUT import.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "standin.h"

using namespace SCRSDK;
using namespace standin;

namespace {

CrError check(const std::shared_ptr<Device>& dev, CrSdkControlMode need, bool busy_applies = true) {
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!dev->cam->plugged.load() || dev->state.load() != LinkState::Connected) return CrError_Connect_Disconnected;
  if (dev->mode != need) return CrError_Api_InvalidCalled;
  if (busy_applies && dev->cam->take_busy()) return CrError_Adaptor_DeviceBusy;
  return CrError_None;
}

std::vector<CrChar> cr_chars(const std::string& s) {
  std::vector<CrChar> out(s.begin(), s.end());
  out.push_back(0);
  return out;
}

// Starts the single transfer slot; false when one is already running.
bool claim_transfer(const std::shared_ptr<Device>& dev) {
  std::lock_guard<std::mutex> lock(dev->xfer_mu);
  if (dev->xfer_active) return false;
  dev->xfer_active = true;
  dev->xfer_cancel = false;
  return true;
}

void release_transfer(const std::shared_ptr<Device>& dev) {
  std::lock_guard<std::mutex> lock(dev->xfer_mu);
  dev->xfer_active = false;
}

std::string target_dir(const std::shared_ptr<Device>& dev, CrChar* path) {
  std::string dir = to_std(path);
  if (dir.empty()) {
    std::lock_guard<std::mutex> lock(dev->save_mu);
    dir = dev->save_path.empty() ? "." : dev->save_path;
  }
  return dir;
}

bool find_file(Camera& cam, uint32_t slot, uint32_t content_id, uint32_t file_id, CardContent& c, CardFile& f) {
  std::lock_guard<std::mutex> lock(cam.mu);
  for (auto& cc : cam.card) {
    if (cc.id != content_id || cc.slot != slot) continue;
    for (auto& ff : cc.files)
      if (ff.file_id == file_id) {
        c = cc;
        f = ff;
        return true;
      }
  }
  return false;
}

bool find_mtp(Camera& cam, CrContentHandle h, CardContent& c, CardFile& f) {
  std::lock_guard<std::mutex> lock(cam.mu);
  for (auto& cc : cam.card)
    for (auto& ff : cc.files)
      if (ff.mtp_handle == h) {
        c = cc;
        f = ff;
        return true;
      }
  return false;
}

// Runs a remote-transfer pull on a device worker with progress and the final result callback.
void run_rt_transfer(const std::shared_ptr<Device>& dev, std::string path, std::vector<uint8_t> bytes) {
  std::weak_ptr<Device> weak = dev;
  dev->spawn([weak, path, bytes = std::move(bytes)] {
    auto d = weak.lock();
    if (!d) return;
    auto cpath = cr_chars(path);
    bool ok = pull_to_file(d, path, bytes, [&](uint32_t pct) {
      d->fire([&](IDeviceCallback* cb) {
        cb->OnNotifyRemoteTransferResult(CrNotify_RemoteTransfer_InProgress, pct, cpath.data());
      });
    });
    const bool cancelled = d->xfer_cancel.load() && d->cam->plugged.load() && d->state.load() == LinkState::Connected;
    release_transfer(d);
    CrInt32u notify = ok ? CrNotify_RemoteTransfer_Result_OK
                         : (cancelled ? CrNotify_RemoteTransfer_Control_Canceled : CrNotify_RemoteTransfer_Result_NG);
    d->fire([&](IDeviceCallback* cb) { cb->OnNotifyRemoteTransferResult(notify, ok ? 100 : 0, cpath.data()); });
  });
}

}  // namespace

extern "C" {

// ---- contents transfer (MTP) ----
CrError SCRSDK::GetDateFolderList(CrDeviceHandle h, CrMtpFolderInfo** folders, CrInt32u* num) {
  auto dev = find_device(h);
  if (!folders || !num) return CrError_Generic_InvalidParameter;
  *folders = nullptr;
  *num = 0;
  if (CrError e = check(dev, CrSdkControlMode_ContentsTransfer)) return e;
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
  if (CrError e = check(dev, CrSdkControlMode_ContentsTransfer)) return e;
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
  if (CrError e = check(dev, CrSdkControlMode_ContentsTransfer, false)) return e;
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
  if (CrError e = check(dev, CrSdkControlMode_ContentsTransfer)) return e;
  CardContent c;
  CardFile f;
  if (!find_mtp(*dev->cam, handle, c, f)) return CrError_Contents_InvalidHandle;
  if (!claim_transfer(dev)) return CrError_RemoteTransfer_Busy;
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
    CrInt32u notify = ok ? CrNotify_ContentsTransfer_Complete
                         : (cancelled ? CrWarning_ContentsTransferMode_CanceledFromCamera
                                      : CrWarning_ContentsTransferMode_StatusError);
    d->fire([&](IDeviceCallback* cb) { cb->OnNotifyContentsTransfer(notify, handle, cpath.data()); });
  });
  return CrError_None;
}

CrError SCRSDK::GetContentsThumbnailImage(CrDeviceHandle h, CrContentHandle handle, CrImageDataBlock* block,
                                          CrFileType* type) {
  auto dev = find_device(h);
  if (!block) return CrError_Generic_InvalidParameter;
  if (CrError e = check(dev, CrSdkControlMode_ContentsTransfer, false)) return e;
  CardContent c;
  CardFile f;
  if (!find_mtp(*dev->cam, handle, c, f)) return CrError_Contents_InvalidHandle;
  const auto& thumb = fixtures().thumb;
  if (!block->GetImageData() || block->GetSize() < thumb.size()) return CrError_Memory_Insufficient;
  std::memcpy(block->GetImageData(), thumb.data(), thumb.size());
  block->StandInSetResult(0, static_cast<CrInt32u>(thumb.size()));
  if (type) *type = CrFileType_Jpeg;
  return CrError_None;
}

// ---- contents transfer with remote control ----
CrError SCRSDK::GetRemoteTransferCapturedDateList(CrDeviceHandle h, CrSlotNumber slot, CrCaptureDate** dates,
                                                  CrInt32u* num) {
  auto dev = find_device(h);
  if (!dates || !num) return CrError_Generic_InvalidParameter;
  *dates = nullptr;
  *num = 0;
  if (CrError e = check(dev, CrSdkControlMode_RemoteTransfer)) return e;
  if (!dev->card_index_ready.load()) return CrError_RemoteTransfer_GetContentsInfoListProcessing;
  std::vector<CrCaptureDate> out;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    for (auto& c : dev->cam->card) {
      if (c.slot != slot) continue;
      CrCaptureDate d;
      d.year = static_cast<CrInt16u>(c.year);
      d.month = static_cast<CrInt8u>(c.month);
      d.day = static_cast<CrInt8u>(c.day);
      bool seen = false;
      for (auto& o : out) seen = seen || (o.year == d.year && o.month == d.month && o.day == d.day);
      if (!seen) out.push_back(d);
    }
  }
  if (out.empty()) return CrError_None;
  *dates = new CrCaptureDate[out.size()];
  std::copy(out.begin(), out.end(), *dates);
  *num = static_cast<CrInt32u>(out.size());
  g_live_objects.fetch_add(1);
  return CrError_None;
}

CrError SCRSDK::ReleaseRemoteTransferCapturedDateList(CrDeviceHandle, CrCaptureDate* dates) {
  if (dates) {
    delete[] dates;
    g_live_objects.fetch_sub(1);
  }
  return CrError_None;
}

CrError SCRSDK::GetRemoteTransferContentsInfoList(CrDeviceHandle h, CrSlotNumber slot, CrGetContentsInfoListType type,
                                                  CrCaptureDate* date, CrInt32u maxNums, CrContentsInfo** list,
                                                  CrInt32u* num) {
  auto dev = find_device(h);
  if (!list || !num) return CrError_Generic_InvalidParameter;
  *list = nullptr;
  *num = 0;
  if (CrError e = check(dev, CrSdkControlMode_RemoteTransfer)) return e;
  if (!dev->card_index_ready.load()) return CrError_RemoteTransfer_GetContentsInfoListProcessing;
  std::vector<CardContent> picked;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    for (auto& c : dev->cam->card) {
      if (c.slot != slot) continue;
      if (type == CrGetContentsInfoListType_Range_Day && date &&
          !(date->year == c.year && date->month == c.month && date->day == c.day))
        continue;
      picked.push_back(c);
      if (maxNums && picked.size() >= maxNums) break;
    }
  }
  if (picked.empty()) return CrError_None;
  *list = new CrContentsInfo[picked.size()];
  for (size_t i = 0; i < picked.size(); ++i) {
    const CardContent& c = picked[i];
    CrContentsInfo& ci = (*list)[i];
    ci.contentId = c.id;
    ci.fileNumber = c.id;
    ci.dirNumber = 100;
    ci.contentType = 1;
    ci.creationDatetimeLocaltime.year = static_cast<CrInt16u>(c.year);
    ci.creationDatetimeLocaltime.month = static_cast<CrInt8u>(c.month);
    ci.creationDatetimeLocaltime.day = static_cast<CrInt8u>(c.day);
    ci.creationDatetimeLocaltime.hour = static_cast<CrInt8u>(c.hour);
    ci.creationDatetimeLocaltime.minute = static_cast<CrInt8u>(c.minute);
    ci.creationDatetimeLocaltime.sec = static_cast<CrInt8u>(c.second);
    ci.modificationDatetimeUTC = ci.creationDatetimeLocaltime;
    ci.filesNum = static_cast<CrInt32u>(c.files.size());
    ci.files = new CrContentsFile[c.files.size()];
    for (size_t k = 0; k < c.files.size(); ++k) {
      const CardFile& f = c.files[k];
      CrContentsFile& cf = ci.files[k];
      cf.fileId = f.file_id;
      cf.fileFormat = static_cast<CrContentsFile_FileFormat>(f.format);
      cf.fileSize = f.size;
      cf.isImageParamExsist = true;
      cf.imageParam = {7008, 4672};
      const std::string p = "DCIM/100MSDCF/" + f.name;
      cf.filePathLength = static_cast<CrInt32u>(p.size());
      cf.filePath = new CrInt8u[p.size() + 1];
      std::memcpy(cf.filePath, p.c_str(), p.size() + 1);
    }
  }
  *num = static_cast<CrInt32u>(picked.size());
  g_live_objects.fetch_add(1);
  return CrError_None;
}

CrError SCRSDK::ReleaseRemoteTransferContentsInfoList(CrDeviceHandle, CrContentsInfo* list) {
  if (list) {
    delete[] list;
    g_live_objects.fetch_sub(1);
  }
  return CrError_None;
}

CrError SCRSDK::GetRemoteTransferContentsDataFile(CrDeviceHandle h, CrSlotNumber slot, CrInt32u contentsId,
                                                  CrInt32u fileId, CrInt32u, CrChar* path, CrChar* fileName) {
  auto dev = find_device(h);
  if (CrError e = check(dev, CrSdkControlMode_RemoteTransfer)) return e;
  CardContent c;
  CardFile f;
  if (!find_file(*dev->cam, slot, contentsId, fileId, c, f)) return CrError_Generic_InvalidParameter;
  if (!claim_transfer(dev)) return CrError_RemoteTransfer_Busy;
  const std::string name = fileName && *fileName ? to_std(fileName) : f.name;
  run_rt_transfer(dev, join_path(target_dir(dev, path), name), make_file_bytes(c, f));
  return CrError_None;
}

CrError SCRSDK::GetRemoteTransferContentsCompressedDataFile(CrDeviceHandle h, CrSlotNumber slot, CrInt32u contentsId,
                                                            CrInt32u fileId, CrGetContentsCompressedDataType type,
                                                            CrChar* path, CrChar* fileName) {
  auto dev = find_device(h);
  if (CrError e = check(dev, CrSdkControlMode_RemoteTransfer)) return e;
  CardContent c;
  CardFile f;
  if (!find_file(*dev->cam, slot, contentsId, fileId, c, f)) return CrError_Generic_InvalidParameter;
  if (!claim_transfer(dev)) return CrError_RemoteTransfer_Busy;
  const std::string base = f.name.substr(0, f.name.size() - 4);
  const std::string name = fileName && *fileName ? to_std(fileName)
                                                 : base + (type == CrGetContentsCompressedDataType_Thumbnail
                                                               ? "_thumb.JPG"
                                                               : "_screennail.JPG");
  run_rt_transfer(dev, join_path(target_dir(dev, path), name),
                  type == CrGetContentsCompressedDataType_Thumbnail ? fixtures().thumb : fixtures().screennail);
  return CrError_None;
}

CrError SCRSDK::ControlGetRemoteTransferContentsDataFile(CrDeviceHandle h, CrGetContentsDataControlType type) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  if (type == CrGetContentsDataControlType_Cancel) dev->xfer_cancel = true;
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
