// ABI: library info, contexts, the event drain, enumeration and the connection lifecycle (the handle
// registry and device teardown live in registry.cpp).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "bridge.h"
#include "text.h"

using namespace SCRSDK;

namespace {

int g_sdk_refs = 0;  // SCRSDK::Init/Release are process-wide: refcounted over contexts
std::mutex g_sdk_init_mu;

std::string printable_or_hex(const CrInt8u* id, CrInt32u n) {
  bool printable = n > 0;
  for (CrInt32u i = 0; i < n; ++i) printable = printable && id[i] >= 0x21 && id[i] <= 0x7E;
  if (printable) return std::string(reinterpret_cast<const char*>(id), n);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (CrInt32u i = 0; i < n && i < 32; ++i) {
    out.push_back(hex[id[i] >> 4]);
    out.push_back(hex[id[i] & 15]);
  }
  return out;
}
}  // namespace


using namespace tc;

extern "C" {

TC_API int32_t tc_abi_version(void) { return TC_ABI_VERSION; }

TC_API int32_t tc_strerror(int32_t status, char* buf, uint32_t size) {
  const char* text;
  switch (status) {
    case TC_OK: text = "ok"; break;
    case TC_ERR_INVALID_ARG: text = "invalid argument"; break;
    case TC_ERR_NOT_INITIALIZED: text = "SDK not initialised"; break;
    case TC_ERR_INVALID_HANDLE: text = "invalid or stale handle"; break;
    case TC_ERR_BUFFER_TOO_SMALL: text = "buffer too small"; break;
    case TC_ERR_NOT_FOUND: text = "not found"; break;
    case TC_ERR_TIMEOUT: text = "timed out waiting for the camera"; break;
    case TC_ERR_NOT_CONNECTED: text = "not connected"; break;
    case TC_ERR_FRAME_NOT_UPDATED: text = "no new live-view frame"; break;
    case TC_ERR_BUSY: text = "a transfer is already running"; break;
    case TC_ERR_DISCONNECTED: text = "camera disconnected"; break;
    case TC_ERR_SDK_INIT_FAILED: text = "SDK initialisation failed"; break;
    case TC_ERR_CLOSED: text = "context closed"; break;
    case TC_ERR_UNSUPPORTED: text = "not supported"; break;
    case TC_ERR_ALREADY_CONNECTED: text = "already connected"; break;
    case CrError_Adaptor_DeviceBusy: text = "CrError_Adaptor_DeviceBusy: the camera is busy"; break;
    case CrError_Connect_Disconnected: text = "CrError_Connect_Disconnected"; break;
    case CrError_Connect_TimeOut: text = "CrError_Connect_TimeOut"; break;
    case CrError_Connect_FailBusy: text = "CrError_Connect_FailBusy: the camera is used by another host"; break;
    case CrError_Api_InvalidCalled: text = "CrError_Api_InvalidCalled: refused in the camera's current state"; break;
    case CrError_Generic_InvalidParameter: text = "CrError_Generic_InvalidParameter"; break;
    case CrError_Generic_NotSupported: text = "CrError_Generic_NotSupported"; break;
    case CrError_Memory_Insufficient: text = "CrError_Memory_Insufficient"; break;
    case CrError_Adaptor_EnumDevice: text = "CrError_Adaptor_EnumDevice: no camera found"; break;
    case CrError_Adaptor_Create:
      text = "CrError_Adaptor_Create: the SDK found no transport adapters (CrAdapter/ must sit beside the executable)";
      break;
    case CrError_RemoteTransfer_GetContentsDataDisable:
      text = "CrError_RemoteTransfer_GetContentsDataDisable: a remote transfer is already running";
      break;
    case CrError_RemoteTransfer_GetContentsInfoListProcessing:
      text = "CrError_RemoteTransfer_GetContentsInfoListProcessing: the card index is not ready yet";
      break;
    default: text = nullptr; break;
  }
  char tmp[64];
  if (!text) {
    std::snprintf(tmp, sizeof tmp, "SDK error 0x%04X", static_cast<unsigned>(status));
    text = tmp;
  }
  if (!buf || size == 0) return TC_ERR_INVALID_ARG;
  copy_field(buf, size, text);
  return TC_OK;
}

TC_API int32_t tc_sdk_version(char* buf, uint32_t size, int32_t* out_standin) {
  const CrInt32u v = GetSDKVersion();
  char tmp[32];
  std::snprintf(tmp, sizeof tmp, "V%u.%02u.%02u", (v >> 24) & 0xFF, (v >> 16) & 0xFF, (v >> 8) & 0xFF);
  if (buf && size) copy_field(buf, size, tmp);
  if (out_standin) *out_standin = TC_STANDIN;
  return TC_OK;
}

TC_API int32_t tc_get_stats(uint64_t ctx, tc_stats* out) {
  if (!out) return TC_ERR_INVALID_ARG;
  std::memset(out, 0, sizeof *out);
  if (ctx) {
    auto c = find_context(ctx);
    if (!c) return TC_ERR_INVALID_HANDLE;
    out->events_pushed = c->queue.pushed();
    out->events_dropped = c->queue.dropped();
    out->events_drained = c->queue.drained();
    out->queue_depth = c->queue.depth();
    out->queue_capacity = c->queue.capacity();
  }
  out->live_contexts = g_live_contexts.load();
  out->live_devices = g_live_devices.load();
  out->live_enum_lists = g_live_enums.load();
  out->live_threads = g_live_threads.load();
  return TC_OK;
}

TC_API int32_t tc_init(uint32_t capacity, uint64_t* out_ctx) {
  if (!out_ctx) return TC_ERR_INVALID_ARG;
  {
    std::lock_guard<std::mutex> lock(g_sdk_init_mu);
    if (g_sdk_refs == 0 && !Init(0)) return TC_ERR_SDK_INIT_FAILED;
    ++g_sdk_refs;
  }
  auto ctx = std::make_shared<Context>(capacity ? capacity : 4096);
  *out_ctx = register_context(ctx);
  return TC_OK;
}

TC_API int32_t tc_release(uint64_t h) {
  auto ctx = find_context(h);
  if (!ctx) return TC_ERR_INVALID_HANDLE;
  unregister_context(h);
  ctx->queue.close();  // waiters return TC_ERR_CLOSED
  std::vector<uint64_t> devices;
  {
    std::lock_guard<std::mutex> lock(ctx->mu);
    devices = ctx->devices;
  }
  for (uint64_t d : devices)
    if (auto dev = find_device(d)) teardown_device(dev, 1000);
  {
    std::lock_guard<std::mutex> lock(ctx->mu);
    ctx->last_enum.reset();
  }
  std::lock_guard<std::mutex> lock(g_sdk_init_mu);
  if (--g_sdk_refs == 0) Release();
  return TC_OK;
}

TC_API int32_t tc_wait_events(uint64_t h, tc_event* out, uint32_t max, int32_t timeout_ms) {
  auto ctx = find_context(h);  // holds the context alive for the whole wait, even across tc_release
  if (!ctx) return TC_ERR_CLOSED;
  return ctx->queue.wait(out, max, timeout_ms);
}

TC_API int32_t tc_enumerate(uint64_t h, uint32_t timeout_sec, tc_camera_info* out, uint32_t max,
                            uint32_t* out_count) {
  if (!out_count || (max && !out)) return TC_ERR_INVALID_ARG;
  *out_count = 0;
  auto ctx = find_context(h);
  if (!ctx) return TC_ERR_INVALID_HANDLE;
  ICrEnumCameraObjectInfo* list = nullptr;
  CrError err = EnumCameraObjects(&list, static_cast<CrInt8u>(timeout_sec ? timeout_sec : 1));
  std::lock_guard<std::mutex> lock(ctx->mu);
  if (err != CrError_None || !list) {
    if (list) list->Release();
    ctx->last_enum.reset();
    // No camera: v2.00 answers success without a list; EnumDevice is the other way SDKs say it.
    return err == CrError_Adaptor_EnumDevice || err == CrError_None ? TC_OK : err;
  }
  auto holder = std::make_shared<EnumHolder>(list);
  const CrInt32u n = list->GetCount();
  for (CrInt32u i = 0; i < n; ++i) {
    const ICrCameraObjectInfo* info = list->GetCameraObjectInfo(i);
    const std::string model = from_cr(info->GetModel());
    const std::string serial = printable_or_hex(info->GetId(), info->GetIdSize());
    holder->ids.push_back(model + "-" + serial);
    if (i < max) {
      tc_camera_info& o = out[i];
      std::memset(&o, 0, sizeof o);
      copy_field(o.id, sizeof o.id, holder->ids.back());
      copy_field(o.model, sizeof o.model, model);
      copy_field(o.name, sizeof o.name, from_cr(info->GetName()));
      copy_field(o.serial, sizeof o.serial, serial);
      const std::string type = from_cr(info->GetConnectionTypeName());
      copy_field(o.connection_type, sizeof o.connection_type, type == "USB" ? "USB" : "Network");
      o.usb_pid = static_cast<uint16_t>(info->GetUsbPid());
      o.index = i;
    }
  }
  ctx->last_enum = holder;
  *out_count = n;
  return n > max ? TC_ERR_BUFFER_TOO_SMALL : TC_OK;
}

TC_API int32_t tc_connect(uint64_t h, const char* camera_id, int32_t mode, int32_t reconnect, int32_t timeout_ms,
                          uint64_t* out_device) {
  if (!camera_id || !out_device || mode < TC_MODE_REMOTE || mode > TC_MODE_REMOTE_TRANSFER) return TC_ERR_INVALID_ARG;
  *out_device = 0;
  auto ctx = find_context(h);
  if (!ctx) return TC_ERR_INVALID_HANDLE;
  std::shared_ptr<EnumHolder> en;
  ICrCameraObjectInfo* info = nullptr;
  {
    std::lock_guard<std::mutex> lock(ctx->mu);
    en = ctx->last_enum;
    if (en)
      for (size_t i = 0; i < en->ids.size(); ++i)
        if (en->ids[i] == camera_id)
          info = const_cast<ICrCameraObjectInfo*>(en->list->GetCameraObjectInfo(static_cast<CrInt32u>(i)));
  }
  if (!info) return TC_ERR_NOT_FOUND;
  auto dev = std::make_shared<Device>(ctx, en, next_device_handle(), mode);
  register_device(dev);
  {
    std::lock_guard<std::mutex> lock(ctx->mu);
    ctx->devices.push_back(dev->handle);
  }
  CrError err;
  {
    std::lock_guard<std::mutex> lock(dev->sdk_mu);
    err = Connect(info, dev.get(), &dev->sdk, static_cast<CrSdkControlMode>(mode),
                  reconnect ? CrReconnecting_ON : CrReconnecting_OFF);
    if (err != CrError_None) dev->released = true;  // nothing to release on the SDK side
  }
  if (err != CrError_None) {
    teardown_device(dev, 0);
    return err;
  }
  // Connect completes asynchronously: wait for OnConnected (or an early OnDisconnected).
  bool done;
  {
    std::unique_lock<std::mutex> lock(dev->wait_mu);
    done = dev->wait_cv.wait_for(lock, std::chrono::milliseconds(timeout_ms > 0 ? timeout_ms : 10000),
                                 [&] { return dev->link.load() != kConnecting; });
  }
  if (!done || dev->link.load() != kConnected) {
    const uint32_t reason = dev->disconnect_error.load();
    teardown_device(dev, 1000);
    return !done ? TC_ERR_TIMEOUT : (reason ? static_cast<int32_t>(reason) : TC_ERR_DISCONNECTED);
  }
  *out_device = dev->handle;
  return TC_OK;
}

TC_API int32_t tc_disconnect(uint64_t device, int32_t timeout_ms) {
  auto dev = find_device(device);
  if (!dev) return TC_ERR_INVALID_HANDLE;
  return teardown_device(dev, timeout_ms);
}

TC_API int32_t tc_connection_state(uint64_t device, int32_t* out) {
  if (!out) return TC_ERR_INVALID_ARG;
  auto dev = find_device(device);
  if (!dev) return TC_ERR_INVALID_HANDLE;
  const int l = dev->link.load();
  *out = l == kConnected ? 1 : l == kReconnecting ? 2 : 0;
  return TC_OK;
}

}  // extern "C"
