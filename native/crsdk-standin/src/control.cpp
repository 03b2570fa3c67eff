// Stand-in-only test controls: fault injection, callback floods, live-object counter, rates and sizes.
#include "StandInControl.h"

#include "standin.h"

using namespace SCRSDK;
using namespace standin;

#define STANDIN_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

std::vector<std::shared_ptr<Camera>> pick(int32_t index) {
  std::lock_guard<std::mutex> lock(sdk().mu);
  std::vector<std::shared_ptr<Camera>> out;
  for (auto& c : sdk().cameras)
    if (index < 0 || c->index == index) out.push_back(c);
  return out;
}

std::vector<std::shared_ptr<Device>> devices_of(const std::shared_ptr<Camera>& cam) {
  std::lock_guard<std::mutex> lock(sdk().mu);
  std::vector<std::shared_ptr<Device>> out;
  for (auto& kv : sdk().devices)
    if (!cam || kv.second->cam == cam) out.push_back(kv.second);
  return out;
}

}  // namespace

STANDIN_EXPORT int32_t StandIn_InjectFault(int32_t camera_index, int32_t fault, int64_t param) {
  auto cams = pick(camera_index);
  if (cams.empty()) return -1;
  for (auto& cam : cams) {
    switch (fault) {
      case STANDIN_FAULT_UNPLUG:
        cam->plugged = false;
        for (auto& d : devices_of(cam)) d->on_unplug();
        break;
      case STANDIN_FAULT_REPLUG:
        cam->plugged = true;
        for (auto& d : devices_of(cam)) d->on_replug(param == 1);
        break;
      case STANDIN_FAULT_UNPLUG_AFTER_BYTES:
        cam->unplug_after_bytes = param;
        break;
      case STANDIN_FAULT_BUSY:
        cam->busy_calls = static_cast<int32_t>(param);
        break;
      case STANDIN_FAULT_CARD_FULL: {
        cam->card_full = param != 0;
        {
          std::lock_guard<std::mutex> lock(cam->mu);
          cam->put_locked(CrDeviceProperty_MediaSLOT1_RemainingNumber, param != 0 ? 0 : 1843);
        }
        for (auto& d : devices_of(cam)) d->fire_codes({CrDeviceProperty_MediaSLOT1_RemainingNumber});
        break;
      }
      case STANDIN_FAULT_CLEAR:
        cam->unplug_after_bytes = -1;
        cam->busy_calls = 0;
        cam->card_full = false;
        break;
      default:
        return -1;
    }
  }
  return 0;
}

STANDIN_EXPORT int64_t StandIn_Flood(int32_t threads, int32_t per_thread) {
  auto devs = devices_of(nullptr);
  std::atomic<int64_t> fired{0};
  std::vector<std::thread> pool;
  for (int32_t t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      LiveToken token;
      for (int32_t i = 0; i < per_thread; ++i) {
        bool any = false;
        for (auto& d : devs) {
          if (d->state.load() != LinkState::Connected) continue;
          any = true;
          // Code carries (thread, sequence) so the receiver can check order per thread.
          CrInt32u codes[2] = {0x7F000000u | static_cast<CrInt32u>(t), static_cast<CrInt32u>(i)};
          bool ran = false;
          d->fire([&](IDeviceCallback* cb) {
            cb->OnPropertyChangedCodes(2, codes);
            ran = true;
          });
          if (ran) fired.fetch_add(1);
        }
        if (!any) break;  // every device is gone (teardown): stop early
      }
    });
  }
  for (auto& th : pool) th.join();
  return fired.load();
}

STANDIN_EXPORT int32_t StandIn_LiveObjects(void) { return g_live_objects.load(); }

STANDIN_EXPORT void StandIn_SetTransferRate(int64_t bps) { sdk().rate_bps = bps; }

STANDIN_EXPORT void StandIn_SetShotSize(int64_t jpeg, int64_t raw) {
  sdk().jpeg_size = jpeg > 0 ? jpeg : 9'800'000;
  sdk().raw_size = raw > 0 ? raw : 24'600'000;
}

STANDIN_EXPORT void StandIn_SetReconnectWindow(int32_t ms) { sdk().reconnect_window_ms = ms > 0 ? ms : 3000; }
