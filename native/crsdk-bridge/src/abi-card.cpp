// ABI: card access in both transfer modes, settings file and LUT import.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "bridge.h"
#include "text.h"

using namespace SCRSDK;
using namespace tc;

namespace {

int32_t usable(uint64_t handle, std::shared_ptr<Device>& dev, int32_t need_mode) {
  dev = find_device(handle);
  if (!dev) return TC_ERR_INVALID_HANDLE;
  if (dev->link.load() == kDisconnected) return TC_ERR_NOT_CONNECTED;
  if (need_mode >= 0 && dev->mode != need_mode) return TC_ERR_UNSUPPORTED;
  return TC_OK;
}

// Per-file rows, copied out of the SDK list while it is alive.
void add_rows(const CrContentsInfo& c, uint32_t slot, std::vector<tc_content_file>& rows) {
  for (CrInt32u k = 0; c.files && k < c.filesNum; ++k) {
    const CrContentsFile& f = c.files[k];
    tc_content_file r;
    std::memset(&r, 0, sizeof r);
    r.slot = slot;
    r.content_id = c.contentId;
    r.file_id = f.fileId;
    r.file_format = static_cast<uint32_t>(f.fileFormat);
    r.size = f.fileSize;
    r.year = c.creationDatetimeLocaltime.year;
    r.month = static_cast<uint8_t>(c.creationDatetimeLocaltime.month);
    r.day = static_cast<uint8_t>(c.creationDatetimeLocaltime.day);
    r.hour = static_cast<uint8_t>(c.creationDatetimeLocaltime.hour);
    r.minute = static_cast<uint8_t>(c.creationDatetimeLocaltime.minute);
    r.second = static_cast<uint8_t>(c.creationDatetimeLocaltime.sec);
    copy_field(r.path, sizeof r.path, path_to_utf8(f.filePath, f.filePathLength));
    rows.push_back(r);
  }
}

int32_t copy_rows(std::vector<tc_content_file>& rows, tc_content_file* out, uint32_t max, uint32_t* out_count) {
  std::sort(rows.begin(), rows.end(), [](const tc_content_file& a, const tc_content_file& b) {
    return a.content_id != b.content_id ? a.content_id < b.content_id : a.file_id < b.file_id;
  });
  *out_count = static_cast<uint32_t>(rows.size());
  if (rows.size() > max) return TC_ERR_BUFFER_TOO_SMALL;
  if (!rows.empty()) std::memcpy(out, rows.data(), rows.size() * sizeof(tc_content_file));
  return TC_OK;
}

}  // namespace

extern "C" {

TC_API int32_t tc_rt_list(uint64_t device, uint32_t slot, tc_content_file* out, uint32_t max, uint32_t* out_count) {
  if (!out_count || (max && !out)) return TC_ERR_INVALID_ARG;
  *out_count = 0;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, TC_MODE_REMOTE_TRANSFER)) return s;
  std::vector<tc_content_file> rows;
  {
    std::lock_guard<std::mutex> lock(dev->sdk_mu);
    if (dev->released) return TC_ERR_NOT_CONNECTED;
    CrCaptureDate any;
    CrContentsInfo* list = nullptr;
    CrInt32u n = 0;
    CrError err = GetRemoteTransferContentsInfoList(dev->sdk, static_cast<CrSlotNumber>(slot),
                                                    CrGetContentsInfoListType_All, &any, 0, &list, &n);
    if (err != CrError_None) {
      if (list) ReleaseRemoteTransferContentsInfoList(dev->sdk, list);
      return err;  // 0x8D05 (index not ready) is for the caller to retry
    }
    for (CrInt32u i = 0; list && i < n; ++i) add_rows(list[i], slot, rows);
    if (list) ReleaseRemoteTransferContentsInfoList(dev->sdk, list);
  }
  return copy_rows(rows, out, max, out_count);
}

TC_API int32_t tc_rt_pull(uint64_t device, uint32_t slot, uint32_t content_id, uint32_t file_id, const char* dir,
                          const char* name) {
  if (!dir || !name) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, TC_MODE_REMOTE_TRANSFER)) return s;
  if (dev->rt_active.exchange(true)) return TC_ERR_BUSY;  // one remote transfer at a time
  auto d = to_cr(dir);
  auto n = to_cr(name);
  CrError err;
  {
    std::lock_guard<std::mutex> lock(dev->sdk_mu);
    err = dev->released ? static_cast<CrError>(TC_ERR_NOT_CONNECTED)
                        : GetRemoteTransferContentsDataFile(dev->sdk, static_cast<CrSlotNumber>(slot), content_id,
                                                            file_id, 0x1000000, d.data(), n.data());
  }
  if (err != CrError_None) dev->rt_active = false;
  return err;
}

TC_API int32_t tc_rt_pull_image(uint64_t device, uint32_t slot, uint32_t content_id, uint32_t file_id, int32_t kind,
                                const char* dir, const char* name) {
  if (!dir || !name || (kind != TC_IMAGE_THUMBNAIL && kind != TC_IMAGE_SCREENNAIL)) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, TC_MODE_REMOTE_TRANSFER)) return s;
  if (dev->rt_active.exchange(true)) return TC_ERR_BUSY;
  auto d = to_cr(dir);
  auto n = to_cr(name);
  CrError err;
  {
    std::lock_guard<std::mutex> lock(dev->sdk_mu);
    err = dev->released ? static_cast<CrError>(TC_ERR_NOT_CONNECTED)
                        : GetRemoteTransferContentsCompressedDataFile(
                              dev->sdk, static_cast<CrSlotNumber>(slot), content_id, file_id,
                              kind == TC_IMAGE_THUMBNAIL ? CrGetContentsCompressedDataType_Thumbnail
                                                         : CrGetContentsCompressedDataType_Screennail,
                              d.data(), n.data());
  }
  if (err != CrError_None) dev->rt_active = false;
  return err;
}

TC_API int32_t tc_rt_cancel(uint64_t device) {
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, TC_MODE_REMOTE_TRANSFER)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return ControlGetRemoteTransferContentsDataFile(dev->sdk, CrGetContentsDataControlType_Cancel);
}

TC_API int32_t tc_ct_list(uint64_t device, tc_content_file* out, uint32_t max, uint32_t* out_count) {
  if (!out_count || (max && !out)) return TC_ERR_INVALID_ARG;
  *out_count = 0;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, TC_MODE_CONTENTS)) return s;
  std::vector<tc_content_file> rows;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  CrMtpFolderInfo* folders = nullptr;
  CrInt32u nf = 0;
  CrError err = GetDateFolderList(dev->sdk, &folders, &nf);
  if (err != CrError_None) {
    if (folders) ReleaseDateFolderList(dev->sdk, folders);
    return err;
  }
  for (CrInt32u i = 0; i < nf && err == CrError_None; ++i) {
    const std::string folder = from_cr(folders[i].folderName);
    CrContentHandle* handles = nullptr;
    CrInt32u nh = 0;
    err = GetContentsHandleList(dev->sdk, folders[i].handle, &handles, &nh);
    for (CrInt32u k = 0; err == CrError_None && k < nh; ++k) {
      CrMtpContentsInfo info;
      err = GetContentsDetailInfo(dev->sdk, handles[k], &info);
      if (err != CrError_None) break;
      tc_content_file r;
      std::memset(&r, 0, sizeof r);
      r.slot = 1;
      r.content_id = info.handle;
      r.file_id = 1;
      r.size = info.contentSize;
      r.width = info.width;
      r.height = info.height;
      const std::string date = from_cr(info.dateChar);  // YYYYMMDDThhmmss
      unsigned y = 0, mo = 0, dd = 0, hh = 0, mi = 0, ss = 0;
      if (std::sscanf(date.c_str(), "%4u%2u%2uT%2u%2u%2u", &y, &mo, &dd, &hh, &mi, &ss) >= 3) {
        r.year = static_cast<uint16_t>(y);
        r.month = static_cast<uint8_t>(mo);
        r.day = static_cast<uint8_t>(dd);
        r.hour = static_cast<uint8_t>(hh);
        r.minute = static_cast<uint8_t>(mi);
        r.second = static_cast<uint8_t>(ss);
      }
      copy_field(r.path, sizeof r.path, folder + "/" + from_cr(info.fileName));
      rows.push_back(r);
    }
    if (handles) ReleaseContentsHandleList(dev->sdk, handles);
  }
  if (folders) ReleaseDateFolderList(dev->sdk, folders);
  if (err != CrError_None) return err;
  return copy_rows(rows, out, max, out_count);
}

TC_API int32_t tc_ct_pull(uint64_t device, uint32_t handle, int32_t small_size, const char* dir, const char* name) {
  if (!dir || !name) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, TC_MODE_CONTENTS)) return s;
  if (dev->ct_active.exchange(true)) return TC_ERR_BUSY;
  auto d = to_cr(dir);
  auto n = to_cr(name);
  CrError err;
  {
    std::lock_guard<std::mutex> lock(dev->sdk_mu);
    err = dev->released ? static_cast<CrError>(TC_ERR_NOT_CONNECTED)
                        : PullContentsFile(dev->sdk, handle,
                                           small_size ? CrPropertyStillImageTransSize_SmallSize
                                                      : CrPropertyStillImageTransSize_Original,
                                           d.data(), n.data());
  }
  if (err != CrError_None) dev->ct_active = false;
  return err;
}

TC_API int32_t tc_ct_thumbnail(uint64_t device, uint32_t handle, uint8_t* buf, uint32_t size, uint32_t* out_size) {
  if (!buf || !out_size) return TC_ERR_INVALID_ARG;
  *out_size = 0;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, TC_MODE_CONTENTS)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  CrImageDataBlock block;
  block.SetSize(size);
  block.SetData(buf);
  CrFileType type = CrFileType_None;
  CrError err = GetContentsThumbnailImage(dev->sdk, handle, &block, &type);
  if (err == CrError_Memory_Insufficient) return TC_ERR_BUFFER_TOO_SMALL;
  if (err != CrError_None) return err;
  // As for live view: the image follows an SDK header; hand the caller the image alone.
  const CrInt8u* image = block.GetImageData();
  const uint32_t image_size = block.GetImageSize();
  if (!image || image < buf || image + image_size > buf + size) return TC_ERR_INTERNAL;
  if (image != buf) std::memmove(buf, image, image_size);
  *out_size = image_size;
  return TC_OK;
}

TC_API int32_t tc_download_settings(uint64_t device, const char* dir, const char* name) {
  if (!dir || !name) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, -1)) return s;
  auto d = to_cr(dir);
  auto n = to_cr(name);
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return DownloadSettingFile(dev->sdk, CrDownloadSettingFileType_Setup, d.data(), n.data());
}

TC_API int32_t tc_upload_settings(uint64_t device, const char* path) {
  if (!path) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, -1)) return s;
  auto p = to_cr(path);
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return UploadSettingFile(dev->sdk, CrUploadSettingFileType_Setup, p.data());
}

TC_API int32_t tc_import_lut(uint64_t device, const char* path, uint32_t slot) {
  if (!path || slot == 0 || slot > 255) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev, -1)) return s;
  auto p = to_cr(path);
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return ImportLUTFile(dev->sdk, p.data(), static_cast<CrBaseLookNumber>(slot));
}

}  // extern "C"
