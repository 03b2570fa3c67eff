// The handle registry (contexts and devices as shared_ptrs behind never-reused 64-bit handles), device
// teardown, and small helpers shared by the ABI files.
#include <algorithm>
#include <chrono>
#include <cstring>

#include "bridge.h"

using namespace SCRSDK;

namespace tc {

std::atomic<uint32_t> g_live_contexts{0}, g_live_devices{0}, g_live_enums{0}, g_live_threads{0};

namespace {
std::mutex g_mu;
std::map<uint64_t, std::shared_ptr<Context>> g_contexts;
std::map<uint64_t, std::shared_ptr<Device>> g_devices;
uint64_t g_next = 1;  // handles are never reused, so a stale one is rejected

}  // namespace

std::shared_ptr<Context> find_context(uint64_t h) {
  std::lock_guard<std::mutex> lock(g_mu);
  auto it = g_contexts.find(h);
  return it == g_contexts.end() ? nullptr : it->second;
}
std::shared_ptr<Device> find_device(uint64_t h) {
  std::lock_guard<std::mutex> lock(g_mu);
  auto it = g_devices.find(h);
  return it == g_devices.end() ? nullptr : it->second;
}
uint64_t register_context(const std::shared_ptr<Context>& ctx) {
  std::lock_guard<std::mutex> lock(g_mu);
  ctx->handle = (1ULL << 48) | g_next++;
  g_contexts[ctx->handle] = ctx;
  return ctx->handle;
}
uint64_t next_device_handle() {
  std::lock_guard<std::mutex> lock(g_mu);
  return (2ULL << 48) | g_next++;
}
uint64_t register_device(const std::shared_ptr<Device>& dev) {
  std::lock_guard<std::mutex> lock(g_mu);
  g_devices[dev->handle] = dev;
  return dev->handle;
}
void unregister_context(uint64_t h) {
  std::lock_guard<std::mutex> lock(g_mu);
  g_contexts.erase(h);
}
void unregister_device(uint64_t h) {
  std::lock_guard<std::mutex> lock(g_mu);
  g_devices.erase(h);
}

uint64_t now_ms() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

void jpeg_dimensions(const uint8_t* j, size_t n, uint32_t& w, uint32_t& h) {
  w = h = 0;
  for (size_t i = 2; i + 9 < n;) {
    if (j[i] != 0xFF) return;
    const uint8_t m = j[i + 1];
    const size_t len = (static_cast<size_t>(j[i + 2]) << 8) | j[i + 3];
    if (m >= 0xC0 && m <= 0xC3) {
      h = (static_cast<uint32_t>(j[i + 5]) << 8) | j[i + 6];
      w = (static_cast<uint32_t>(j[i + 7]) << 8) | j[i + 8];
      return;
    }
    i += 2 + len;
  }
}

int32_t teardown_device(const std::shared_ptr<Device>& dev, int32_t timeout_ms) {
  dev->stop_stream();
  int32_t status = TC_OK;
  dev->gate = false;  // clear callbacks before disconnect: nothing but OnDisconnected is queued from here on
  bool need_wait;
  bool already_released;
  {
    std::lock_guard<std::mutex> lock(dev->sdk_mu);
    already_released = dev->released;
    need_wait = !already_released && dev->link.load() != kDisconnected;
    if (need_wait) {
      CrError err = Disconnect(dev->sdk);
      if (err != CrError_None) need_wait = false;
    }
  }
  if (need_wait) {
    std::unique_lock<std::mutex> lock(dev->wait_mu);
    if (!dev->wait_cv.wait_for(lock, std::chrono::milliseconds(timeout_ms > 0 ? timeout_ms : 5000),
                               [&] { return dev->link.load() == kDisconnected; }))
      status = TC_ERR_TIMEOUT;
  }
  if (!already_released) {
    std::lock_guard<std::mutex> lock(dev->sdk_mu);
    if (!dev->released) ReleaseDevice(dev->sdk);  // after this the SDK calls no callback on this device
    dev->released = true;
  }
  unregister_device(dev->handle);
  {
    std::lock_guard<std::mutex> lock(dev->ctx->mu);
    auto& v = dev->ctx->devices;
    v.erase(std::remove(v.begin(), v.end(), dev->handle), v.end());
  }
  return status;
}

}  // namespace tc
