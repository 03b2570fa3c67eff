// Bridge internals: contexts, devices (the IDeviceCallback subclass) and the handle registry.
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "CameraRemote_SDK.h"
#include "IDeviceCallback.h"  // CameraRemote_SDK.h only forward-declares the callback interface
#include "event-queue.h"
#include "tether_crsdk.h"

namespace tc {

/** Live-object counters (tests assert they return to zero). */
extern std::atomic<uint32_t> g_live_contexts, g_live_devices, g_live_enums, g_live_threads;

/** Keeps one SDK enumeration alive while any device connected from it is alive. */
struct EnumHolder {
  explicit EnumHolder(SCRSDK::ICrEnumCameraObjectInfo* l) : list(l) { g_live_enums++; }
  ~EnumHolder() {
    if (list) list->Release();
    g_live_enums--;
  }
  SCRSDK::ICrEnumCameraObjectInfo* list;
  std::vector<std::string> ids;
};

struct Context {
  explicit Context(uint32_t capacity) : queue(capacity) { g_live_contexts++; }
  ~Context() { g_live_contexts--; }
  uint64_t handle = 0;
  EventQueue queue;
  std::mutex mu;  // guards enumeration and device list
  std::shared_ptr<EnumHolder> last_enum;
  std::vector<uint64_t> devices;
};

enum Link : int { kConnecting = 0, kConnected = 1, kReconnecting = 2, kDisconnected = 3 };

/**
 * One connection. SDK callbacks copy their arguments into the context queue and never call the SDK.
 * IDeviceCallback has no virtual destructor (in Sony's SDK either): Device is final and always destroyed
 * through its own type (shared_ptr<Device>), never through an IDeviceCallback pointer.
 */
class Device final : public SCRSDK::IDeviceCallback {
 public:
  Device(std::shared_ptr<Context> ctx, std::shared_ptr<EnumHolder> en, uint64_t handle, int32_t mode);
  ~Device();

  std::shared_ptr<Context> ctx;
  std::shared_ptr<EnumHolder> enum_ref;
  const uint64_t handle;
  const int32_t mode;
  SCRSDK::CrDeviceHandle sdk = 0;

  std::atomic<int> link{kConnecting};
  std::atomic<bool> gate{true};  // cleared before Disconnect: late callbacks are dropped, not queued
  std::atomic<bool> rt_active{false};
  std::atomic<bool> ct_active{false};
  std::atomic<uint32_t> disconnect_error{0};

  std::mutex sdk_mu;  // serialises SDK calls on this device; never taken inside a callback
  bool released = false;

  std::mutex wait_mu;
  std::condition_variable wait_cv;

  // Live-view poller.
  void start_stream(int32_t interval_ms);
  void stop_stream();
  std::mutex frame_mu;
  std::vector<uint8_t> frame;
  size_t frame_offset = 0;  // where the image starts in `frame` (GetImageData() - buffer)
  tc_frame_info frame_info{};

  // IDeviceCallback.
  void OnConnected(SCRSDK::DeviceConnectionVersioin version) override;
  void OnDisconnected(CrInt32u error) override;
  void OnPropertyChanged() override;
  void OnPropertyChangedCodes(CrInt32u num, CrInt32u* codes) override;
  void OnLvPropertyChanged() override;
  void OnLvPropertyChangedCodes(CrInt32u num, CrInt32u* codes) override;
  void OnCompleteDownload(CrChar* filename, CrInt32u type) override;
  void OnNotifyContentsTransfer(CrInt32u notify, SCRSDK::CrContentHandle handle, CrChar* filename) override;
  void OnWarning(CrInt32u warning) override;
  void OnWarningExt(CrInt32u warning, CrInt32 p1, CrInt32 p2, CrInt32 p3) override;
  void OnError(CrInt32u error) override;
  void OnNotifyRemoteTransferResult(CrInt32u notify, CrInt32u per, CrChar* filename) override;
  void OnNotifyRemoteTransferResult(CrInt32u notify, CrInt32u per, CrInt8u* data, CrInt64u size) override;
  void OnNotifyRemoteTransferContentsListChanged(CrInt32u notify, CrInt32u slot, CrInt32u add) override;
  // The other callbacks (FTP, playback, firmware, monitoring) keep the SDK's empty default bodies.

 private:
  void push(tc_event& ev, bool always = false);
  void push_codes(uint32_t type, CrInt32u num, const CrInt32u* codes);
  void warning(CrInt32u warning, int32_t p1, int32_t p2, int32_t p3);
  /** Ends a contents-transfer pull: clears the one-transfer gate and queues the outcome. */
  void contents_transfer_ended(uint32_t code, CrInt32u sdk_code, SCRSDK::CrContentHandle handle, const CrChar* filename);
  void poll_loop(int32_t interval_ms);

  std::thread lv_thread_;
  std::mutex lv_mu_;
  std::condition_variable lv_cv_;
  bool lv_stop_ = false;
  uint64_t lv_counter_ = 0;
};

// ---- registry ----
std::shared_ptr<Context> find_context(uint64_t handle);
std::shared_ptr<Device> find_device(uint64_t handle);
uint64_t register_context(const std::shared_ptr<Context>& ctx);
uint64_t register_device(const std::shared_ptr<Device>& dev);
void unregister_context(uint64_t handle);
void unregister_device(uint64_t handle);
uint64_t next_device_handle();
/** Stops streaming, disconnects (unless already gone), waits, releases the SDK device, unregisters. */
int32_t teardown_device(const std::shared_ptr<Device>& dev, int32_t timeout_ms);
uint64_t now_ms();
/** Width/height of a JPEG from its SOF marker (0 when not found). */
void jpeg_dimensions(const uint8_t* data, size_t size, uint32_t& w, uint32_t& h);

}  // namespace tc
