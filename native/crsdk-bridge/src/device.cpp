// The IDeviceCallback subclass: every callback copies what it carries into a tc_event and returns at once.
// It never calls the SDK (the SDK may hold its own locks while calling us) and never blocks on JavaScript.
#include <algorithm>
#include <chrono>
#include <cstring>

#include "bridge.h"
#include "text.h"

using namespace SCRSDK;

namespace tc {

namespace {
tc_event blank(uint32_t type, uint64_t device) {
  tc_event ev;
  std::memset(&ev, 0, sizeof ev);
  ev.type = type;
  ev.device = device;
  return ev;
}
}  // namespace

Device::Device(std::shared_ptr<Context> c, std::shared_ptr<EnumHolder> en, uint64_t h, int32_t m)
    : ctx(std::move(c)), enum_ref(std::move(en)), handle(h), mode(m) {
  g_live_devices++;
}

Device::~Device() {
  stop_stream();
  g_live_devices--;
}

void Device::push(tc_event& ev, bool always) {
  if (!always && !gate.load()) return;
  ctx->queue.push(ev);
}

void Device::push_codes(uint32_t type, CrInt32u num, const CrInt32u* codes) {
  if (!codes || num == 0) return;
  // Long code lists are split so nothing is truncated.
  for (CrInt32u off = 0; off < num; off += TC_EVENT_MAX_CODES) {
    tc_event ev = blank(type, handle);
    ev.codes_count = std::min<CrInt32u>(TC_EVENT_MAX_CODES, num - off);
    std::memcpy(ev.codes, codes + off, ev.codes_count * sizeof(uint32_t));
    push(ev);
  }
}

void Device::OnConnected(DeviceConnectionVersioin version) {
  {
    std::lock_guard<std::mutex> lock(wait_mu);
    link = kConnected;
    rt_active = false;
  }
  wait_cv.notify_all();
  tc_event ev = blank(TC_EVT_CONNECTED, handle);
  ev.param1 = static_cast<uint32_t>(version);
  push(ev);
}

void Device::OnDisconnected(CrInt32u error) {
  {
    std::lock_guard<std::mutex> lock(wait_mu);
    link = kDisconnected;
    disconnect_error = error;
    rt_active = false;
    ct_active = false;
  }
  wait_cv.notify_all();
  tc_event ev = blank(TC_EVT_DISCONNECTED, handle);
  ev.sdk_code = error;
  push(ev, true);  // the one callback that still matters during teardown
}

void Device::OnPropertyChanged() {}

void Device::OnPropertyChangedCodes(CrInt32u num, CrInt32u* codes) { push_codes(TC_EVT_PROPERTY_CHANGED, num, codes); }

void Device::OnLvPropertyChanged() {}

void Device::OnLvPropertyChangedCodes(CrInt32u num, CrInt32u* codes) {
  push_codes(TC_EVT_LV_PROPERTY_CHANGED, num, codes);
}

void Device::OnCompleteDownload(CrChar* filename, CrInt32u type) {
  // A shot comes with the default type (CrDownloadSettingFileType_None = 0xFFFFFFFF); anything else is a
  // settings file (CrDownloadSettingFileType_Setup = 0, ...). The raw type stays in param1.
  tc_event ev = blank(TC_EVT_DOWNLOAD_COMPLETE, handle);
  ev.code = type == static_cast<CrInt32u>(CrDownloadSettingFileType_None) ? TC_DL_SHOT : TC_DL_SETTINGS;
  ev.param1 = type;
  copy_field(ev.text, sizeof ev.text, from_cr(filename));
  push(ev);
}

namespace {
// Contents-transfer outcomes the SDK reports as warnings (OnWarning), not as a transfer notification.
bool contents_transfer_warning(CrInt32u w, uint32_t& code) {
  switch (w) {
    case CrWarning_ContentsTransferMode_CanceledFromCamera:
    case CrWarning_ContentsTransferCancel_Success: code = TC_CT_CANCELLED; return true;
    case CrWarning_ContentsTransferMode_Invalid:
    case CrWarning_ContentsTransferMode_DeviceBusy:
    case CrWarning_ContentsTransferMode_StatusError:
    case CrWarning_ContentsTransferCancel_Error: code = TC_CT_FAILED; return true;
    default: return false;
  }
}
}  // namespace

void Device::contents_transfer_ended(uint32_t code, CrInt32u sdk_code, CrContentHandle h, const CrChar* filename) {
  ct_active = false;  // whatever ended the pull, the next one may start
  tc_event ev = blank(TC_EVT_CONTENTS_TRANSFER, handle);
  ev.code = code;
  ev.sdk_code = sdk_code;
  ev.param2 = h;
  copy_field(ev.text, sizeof ev.text, from_cr(filename));
  push(ev);
}

void Device::OnNotifyContentsTransfer(CrInt32u notify, CrContentHandle h, CrChar* filename) {
  // As Sony's RemoteCli does: only Start and Complete are successes; any other notification ends the pull
  // as a failure.
  if (notify == CrNotify_ContentsTransfer_Start) {
    tc_event ev = blank(TC_EVT_CONTENTS_TRANSFER, handle);
    ev.code = TC_CT_START;
    ev.sdk_code = notify;
    ev.param2 = h;
    copy_field(ev.text, sizeof ev.text, from_cr(filename));
    push(ev);
    return;
  }
  uint32_t code = TC_CT_FAILED;
  if (notify == CrNotify_ContentsTransfer_Complete) code = TC_CT_COMPLETE;
  else contents_transfer_warning(notify, code);
  contents_transfer_ended(code, notify, h, filename);
}

void Device::warning(CrInt32u w, int32_t p1, int32_t p2, int32_t p3) {
  uint32_t ct_code;
  if (contents_transfer_warning(w, ct_code)) {
    if (ct_active.load()) contents_transfer_ended(ct_code, w, 0, nullptr);
    return;
  }
  tc_event ev = blank(TC_EVT_WARNING, handle);
  ev.sdk_code = w;
  ev.param1 = static_cast<uint32_t>(p1);
  ev.param2 = p2;
  ev.param3 = p3;
  switch (w) {
    case CrWarning_Connect_Reconnecting:
      ev.code = TC_WARN_RECONNECTING;
      link = kReconnecting;
      break;
    case CrWarning_Connect_Reconnected: {
      // The link is back: some SDK builds follow with a second OnConnected, this warning alone must do.
      std::lock_guard<std::mutex> lock(wait_mu);
      if (link.load() != kDisconnected) link = kConnected;
      ev.code = TC_WARN_RECONNECTED;
      break;
    }
    case CrWarning_File_StorageFull: ev.code = TC_WARN_STORAGE_FULL; break;
    case CrNotify_Captured_Event: ev.code = TC_WARN_CAPTURED; break;
    case CrNotify_All_Download_Complete: ev.code = TC_WARN_ALL_DOWNLOAD_COMPLETE; break;
    case CrWarning_Frame_NotUpdated: ev.code = TC_WARN_FRAME_NOT_UPDATED; break;
    default: ev.code = TC_WARN_OTHER; break;
  }
  push(ev);
}

void Device::OnWarning(CrInt32u w) { warning(w, 0, 0, 0); }

void Device::OnWarningExt(CrInt32u w, CrInt32 p1, CrInt32 p2, CrInt32 p3) { warning(w, p1, p2, p3); }

void Device::OnError(CrInt32u error) {
  tc_event ev = blank(TC_EVT_ERROR, handle);
  ev.sdk_code = error;
  push(ev);
}

void Device::OnNotifyRemoteTransferResult(CrInt32u notify, CrInt32u per, CrChar* filename) {
  tc_event ev = blank(TC_EVT_RT_RESULT, handle);
  ev.sdk_code = notify;
  ev.param1 = per;
  switch (notify) {
    case CrNotify_RemoteTransfer_InProgress: ev.code = TC_RT_IN_PROGRESS; break;
    case CrNotify_RemoteTransfer_Result_OK: ev.code = TC_RT_OK; break;
    case CrNotify_RemoteTransfer_Result_NG: ev.code = TC_RT_FAILED; break;
    case CrNotify_RemoteTransfer_Result_DeviceBusy: ev.code = TC_RT_BUSY; break;
    case CrNotify_RemoteTransfer_Control_Canceled:
    case CrNotify_RemoteTransfer_Control_Stopped: ev.code = TC_RT_CANCELLED; break;
    default: ev.code = TC_RT_OTHER; break;
  }
  if (ev.code != TC_RT_IN_PROGRESS && ev.code != TC_RT_OTHER) rt_active = false;
  copy_field(ev.text, sizeof ev.text, from_cr(filename));
  push(ev);
}

void Device::OnNotifyRemoteTransferResult(CrInt32u notify, CrInt32u per, CrInt8u*, CrInt64u size) {
  // Tether only requests file transfers; the in-memory variant is reported without its bytes.
  OnNotifyRemoteTransferResult(notify, per, static_cast<CrChar*>(nullptr));
  (void)size;
}

void Device::OnNotifyRemoteTransferContentsListChanged(CrInt32u notify, CrInt32u slot, CrInt32u add) {
  tc_event ev = blank(TC_EVT_RT_LIST_CHANGED, handle);
  ev.sdk_code = notify;
  ev.param1 = slot;
  ev.param2 = add;
  switch (notify) {
    case CrNotify_RemoteTransfer_Changed_Add: ev.code = TC_LIST_ADD; break;
    case CrNotify_RemoteTransfer_Changed_All: ev.code = TC_LIST_ALL; break;
    case CrNotify_RemoteTransfer_Changed_Clear: ev.code = TC_LIST_CLEAR; break;
    default: ev.code = TC_LIST_OTHER; break;
  }
  push(ev);
}

// ---- live-view poller: a bridge thread (not an SDK callback) pulls frames into a latest-only buffer ----
void Device::start_stream(int32_t interval_ms) {
  std::lock_guard<std::mutex> lock(lv_mu_);
  if (lv_thread_.joinable()) return;
  lv_stop_ = false;
  lv_thread_ = std::thread([this, interval_ms] {
    g_live_threads++;
    poll_loop(interval_ms > 0 ? interval_ms : 8);
    g_live_threads--;
  });
}

void Device::stop_stream() {
  std::thread t;
  {
    std::lock_guard<std::mutex> lock(lv_mu_);
    lv_stop_ = true;
    t.swap(lv_thread_);
  }
  lv_cv_.notify_all();
  if (t.joinable()) t.join();
}

void Device::poll_loop(int32_t interval_ms) {
  std::vector<uint8_t> back;
  auto pause = [this](int ms) {
    std::unique_lock<std::mutex> lock(lv_mu_);
    lv_cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return lv_stop_; });
    return !lv_stop_;
  };
  while (pause(0)) {
    CrError err;
    uint32_t size = 0;
    size_t offset = 0;
    {
      std::lock_guard<std::mutex> lock(sdk_mu);
      if (released) return;
      if (back.empty()) {
        CrImageInfo info;
        err = GetLiveViewImageInfo(sdk, &info);
        if (err == CrError_None && info.GetBufferSize() > 0) back.resize(info.GetBufferSize());
      }
      if (back.empty()) {
        err = CrError_Api_InvalidCalled;
      } else {
        CrImageDataBlock block;
        block.SetSize(static_cast<CrInt32u>(back.size()));
        block.SetData(back.data());
        err = GetLiveViewImage(sdk, &block);
        // The image starts after an SDK header: always GetImageData()/GetImageSize(), never the buffer start.
        const CrInt8u* image = err == CrError_None ? block.GetImageData() : nullptr;
        if (image && image >= back.data() && image < back.data() + back.size()) {
          offset = static_cast<size_t>(image - back.data());
          size = block.GetImageSize();
        }
      }
    }
    if (err == CrError_None && size > 0 && offset + size <= back.size()) {
      {
        std::lock_guard<std::mutex> lock(frame_mu);
        frame.swap(back);  // the old latest becomes the next back buffer: no copy, no allocation
        frame_offset = offset;
        frame_info.frame_no = ++lv_counter_;
        frame_info.timestamp_ms = now_ms();
        frame_info.size = size;
        jpeg_dimensions(frame.data() + offset, size, frame_info.width, frame_info.height);
        if (back.size() < frame.size()) back.resize(frame.size());
      }
      ctx->queue.mark_frame(handle);
      if (!pause(interval_ms)) return;
    } else if (err == CrError_Memory_Insufficient) {
      back.clear();  // re-read the buffer size
    } else if (!pause(err == CrWarning_Frame_NotUpdated ? interval_ms : 100)) {
      return;
    }
  }
}

}  // namespace tc
