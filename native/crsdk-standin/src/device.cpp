// Stand-in connections: a scheduler thread firing callbacks at jittered times, a 30 fps live-view thread, an
// ambient thread of camera-side changes, and the link state machine (connect, unplug/reconnect, disconnect).
#include <cstdio>

#include "standin.h"

using namespace SCRSDK;

namespace standin {

std::atomic<int32_t> g_live_objects{0};

// ---- Scheduler ----
Scheduler::Scheduler() : thread_([this] { run(); }) {}
Scheduler::~Scheduler() { stop(); }

void Scheduler::after(int ms, std::function<void()> fn) {
  std::lock_guard<std::mutex> lock(mu_);
  if (stopping_) return;
  tasks_.emplace(Clock::now() + std::chrono::milliseconds(ms), std::move(fn));
  cv_.notify_one();
}

void Scheduler::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_ && !thread_.joinable()) return;
    stopping_ = true;
    tasks_.clear();
    cv_.notify_all();
  }
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

void Scheduler::run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopping_) {
    if (tasks_.empty()) {
      cv_.wait(lock);
      continue;
    }
    auto next = tasks_.begin()->first;
    if (Clock::now() < next) {
      cv_.wait_until(lock, next);
      continue;
    }
    auto fn = std::move(tasks_.begin()->second);
    tasks_.erase(tasks_.begin());
    lock.unlock();
    fn();
    lock.lock();
  }
}

// ---- Camera ----
Camera::Camera(int i) : index(i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "D%03dA7M4%04d", 100 + i, 4711 + i);
  serial = buf;
  model = "ILCE-7M4";
  id_bytes = serial;
  std::lock_guard<std::mutex> lock(mu);
  seed_props(*this);
  seed_card(*this);
}

// ---- Device ----
Device::Device(std::shared_ptr<Camera> c, IDeviceCallback* cb, CrSdkControlMode m, bool rc)
    : cam(std::move(c)), mode(m), reconnect(rc), rng(std::random_device{}()), cb_(cb) {}

Device::~Device() { shutdown(); }

int Device::jitter(int lo, int hi) {
  std::lock_guard<std::mutex> lock(rng_mu);
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}

void Device::start() {
  auto self = shared_from_this();
  std::weak_ptr<Device> weak = self;
  sched.after(jitter(20, 60), [weak] {
    auto d = weak.lock();
    if (!d || d->state.load() != LinkState::Connecting) return;
    if (!d->cam->plugged.load()) {
      d->state = LinkState::Disconnected;
      d->fire([](IDeviceCallback* cb) { cb->OnDisconnected(CrError_Connect_TimeOut); });
      return;
    }
    d->state = LinkState::Connected;
    d->fire([](IDeviceCallback* cb) { cb->OnConnected(DEVICE_CONNECTION_VERSION_RCP3); });
    // The card index needs a moment after a remote-transfer connect (0x8D05 until then).
    d->sched.after(d->jitter(80, 160), [weak] {
      auto dd = weak.lock();
      if (!dd) return;
      dd->card_index_ready = true;
      if (dd->mode == CrSdkControlMode_RemoteTransfer)
        dd->fire([](IDeviceCallback* cb) {
          cb->OnNotifyRemoteTransferContentsListChanged(CrNotify_RemoteTransfer_Changed_All, CrSlotNumber_Slot1, 0);
        });
    });
  });
  lv_thread_ = std::thread([this] { lv_loop(); });
  sched.after(jitter(1500, 4000), [weak] {
    if (auto d = weak.lock()) d->ambient();
  });
}

void Device::shutdown() {
  stop_ = true;
  {
    std::unique_lock<std::shared_mutex> lock(cb_mu_);  // waits for callbacks in flight
    cb_live_ = false;
  }
  xfer_cancel = true;
  sched.stop();
  if (lv_thread_.joinable()) lv_thread_.join();
  std::vector<std::thread> ws;
  {
    std::lock_guard<std::mutex> lock(workers_mu_);
    ws.swap(workers);
  }
  for (auto& t : ws)
    if (t.joinable()) t.join();
}

void Device::spawn(std::function<void()> fn) {
  std::lock_guard<std::mutex> lock(workers_mu_);
  if (stop_) return;
  workers.emplace_back([fn = std::move(fn)] {
    LiveToken token;
    fn();
  });
}

void Device::fire(const std::function<void(IDeviceCallback*)>& fn) {
  std::shared_lock<std::shared_mutex> lock(cb_mu_);
  if (!cb_live_ || !cb_) return;
  fn(cb_);
}

void Device::fire_codes(const std::vector<uint32_t>& codes) {
  if (codes.empty()) return;
  std::vector<uint32_t> copy = codes;
  fire([&copy](IDeviceCallback* cb) {
    cb->OnPropertyChanged();
    cb->OnPropertyChangedCodes(static_cast<CrInt32u>(copy.size()), copy.data());
  });
}

void Device::ambient() {
  if (stop_) return;
  if (state.load() == LinkState::Connected) {
    bool changed;
    {
      std::lock_guard<std::mutex> lock(cam->mu);
      int64_t b = cam->get_locked(CrDeviceProperty_BatteryRemain);
      changed = cam->put_locked(CrDeviceProperty_BatteryRemain, b > 20 ? b - 1 : 95);
    }
    if (changed) fire_codes({CrDeviceProperty_BatteryRemain});
  }
  std::weak_ptr<Device> weak = shared_from_this();
  sched.after(jitter(2000, 6000), [weak] {
    if (auto d = weak.lock()) d->ambient();
  });
}

void Device::lv_loop() {
  LiveToken token;
  auto next = Clock::now();
  while (!stop_) {
    next += std::chrono::microseconds(33333);
    std::this_thread::sleep_until(next);
    if (state.load() == LinkState::Connected && lv_enabled.load() && mode != CrSdkControlMode_ContentsTransfer)
      lv_frame.fetch_add(1);
  }
}

void Device::on_unplug() {
  auto st = state.load();
  if (st != LinkState::Connected && st != LinkState::Connecting) return;
  xfer_cancel = true;
  std::weak_ptr<Device> weak = shared_from_this();
  if (reconnect && st == LinkState::Connected) {
    state = LinkState::Reconnecting;
    sched.after(jitter(5, 25), [weak] {
      if (auto d = weak.lock()) d->fire([](IDeviceCallback* cb) { cb->OnWarning(CrWarning_Connect_Reconnecting); });
    });
    sched.after(sdk().reconnect_window_ms.load(), [weak] {
      auto d = weak.lock();
      if (!d || d->state.load() != LinkState::Reconnecting) return;
      d->state = LinkState::Disconnected;
      d->fire([](IDeviceCallback* cb) { cb->OnDisconnected(CrError_Connect_Disconnected); });
    });
  } else {
    state = LinkState::Disconnected;
    sched.after(jitter(5, 25), [weak] {
      if (auto d = weak.lock()) d->fire([](IDeviceCallback* cb) { cb->OnDisconnected(CrError_Connect_Disconnected); });
    });
  }
}

void Device::on_replug(bool warning_only) {
  if (state.load() != LinkState::Reconnecting) return;
  std::weak_ptr<Device> weak = shared_from_this();
  sched.after(jitter(60, 180), [weak, warning_only] {
    auto d = weak.lock();
    if (!d || d->state.load() != LinkState::Reconnecting || !d->cam->plugged.load()) return;
    d->xfer_cancel = false;
    d->state = LinkState::Connected;
    // Bodies measured with SDK 2.x signal recovery with CrWarning_Connect_Reconnected and a second
    // OnConnected; the warning alone must be enough (warning_only exercises that).
    d->fire([warning_only](IDeviceCallback* cb) {
      cb->OnWarning(CrWarning_Connect_Reconnected);
      if (!warning_only) cb->OnConnected(DEVICE_CONNECTION_VERSION_RCP3);
    });
  });
}

void Device::begin_disconnect() {
  auto st = state.exchange(LinkState::Disconnecting);
  xfer_cancel = true;
  std::weak_ptr<Device> weak = shared_from_this();
  if (st == LinkState::Disconnected) {
    state = LinkState::Disconnected;
    return;
  }
  sched.after(jitter(10, 40), [weak] {
    auto d = weak.lock();
    if (!d) return;
    d->state = LinkState::Disconnected;
    d->fire([](IDeviceCallback* cb) { cb->OnDisconnected(CrError_None); });
  });
}

}  // namespace standin
