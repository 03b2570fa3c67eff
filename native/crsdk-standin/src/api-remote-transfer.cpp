// Exported SDK entry points: contents transfer with remote control (one transfer at a time, progress
// callbacks, cancel, thumbnails/screennails).
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

#include "standin.h"

using namespace SCRSDK;
using namespace standin;


extern "C" {

// ---- contents transfer with remote control ----
CrError SCRSDK::GetRemoteTransferCapturedDateList(CrDeviceHandle h, CrSlotNumber slot, CrCaptureDate** dates,
                                                  CrInt32u* num) {
  auto dev = find_device(h);
  if (!dates || !num) return CrError_Generic_InvalidParameter;
  *dates = nullptr;
  *num = 0;
  if (CrError e = check_card(dev, CrSdkControlMode_RemoteTransfer)) return e;
  if (!dev->card_index_ready.load()) return CrError_RemoteTransfer_GetContentsInfoListProcessing;
  std::vector<CrCaptureDate> out;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    for (auto& c : dev->cam->card) {
      if (c.slot != slot) continue;
      CrCaptureDate d;
      d.year = static_cast<CrInt16u>(c.year);
      d.month = static_cast<CrInt16u>(c.month);
      d.day = static_cast<CrInt16u>(c.day);
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
  if (CrError e = check_card(dev, CrSdkControlMode_RemoteTransfer)) return e;
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
    ci.contentType = CrContentsInfo_ContentType_Dcf;
    ci.creationDatetimeLocaltime.year = static_cast<CrInt16u>(c.year);
    ci.creationDatetimeLocaltime.month = static_cast<CrInt16u>(c.month);
    ci.creationDatetimeLocaltime.day = static_cast<CrInt16u>(c.day);
    ci.creationDatetimeLocaltime.hour = static_cast<CrInt16u>(c.hour);
    ci.creationDatetimeLocaltime.minute = static_cast<CrInt16u>(c.minute);
    ci.creationDatetimeLocaltime.sec = static_cast<CrInt16u>(c.second);
    ci.modificationDatetimeUTC = ci.creationDatetimeLocaltime;
    ci.filesNum = static_cast<CrInt32u>(c.files.size());
    ci.files = new CrContentsFile[c.files.size()];
    for (size_t k = 0; k < c.files.size(); ++k) {
      const CardFile& f = c.files[k];
      CrContentsFile& cf = ci.files[k];
      cf.fileId = static_cast<CrInt16u>(f.file_id);
      cf.fileFormat = static_cast<CrContentsFile_FileFormat>(f.format);
      cf.fileSize = f.size;
      cf.isImageParamExsist = true;
      cf.imageParam = {7008, 4672};
      const std::string p = "DCIM/100MSDCF/" + f.name;
      cf.filePathLength = static_cast<CrInt32u>(p.size());
      cf.filePath = new CrInt8[p.size() + 1];
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
  if (CrError e = check_card(dev, CrSdkControlMode_RemoteTransfer)) return e;
  CardContent c;
  CardFile f;
  if (!find_file(*dev->cam, slot, contentsId, fileId, c, f)) return CrError_Generic_InvalidParameter;
  if (!claim_transfer(dev)) return CrError_RemoteTransfer_GetContentsDataDisable;
  const std::string name = fileName && *fileName ? to_std(fileName) : f.name;
  run_rt_transfer(dev, join_path(target_dir(dev, path), name), make_file_bytes(c, f));
  return CrError_None;
}

CrError SCRSDK::GetRemoteTransferContentsCompressedDataFile(CrDeviceHandle h, CrSlotNumber slot, CrInt32u contentsId,
                                                            CrInt32u fileId, CrGetContentsCompressedDataType type,
                                                            CrChar* path, CrChar* fileName) {
  auto dev = find_device(h);
  if (CrError e = check_card(dev, CrSdkControlMode_RemoteTransfer)) return e;
  CardContent c;
  CardFile f;
  if (!find_file(*dev->cam, slot, contentsId, fileId, c, f)) return CrError_Generic_InvalidParameter;
  if (!claim_transfer(dev)) return CrError_RemoteTransfer_GetContentsDataDisable;
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

}  // extern "C"
