// Shared pieces of the card-access entry points: mode/busy checks, the single transfer slot, lookups, and the
// remote-transfer worker that writes a file with progress callbacks.
#include "standin.h"

using namespace SCRSDK;

namespace standin {

CrError check_card(const std::shared_ptr<Device>& dev, CrSdkControlMode need, bool busy_applies) {
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


}  // namespace standin
