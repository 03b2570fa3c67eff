// Internal declarations of the stand-in camera: bodies, connections, scheduler, card.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

#include "CameraRemote_SDK.h"
#include "IDeviceCallback.h"  // CameraRemote_SDK.h only forward-declares it, as Sony's does

namespace standin {

using Clock = std::chrono::steady_clock;

/** Image blocks: Sony applies the offset header only to images of at most this many bytes. */
constexpr CrInt32u kMaxOffsetImage = 500000;
/** Size of the header the stand-in writes before an image (its first 4 bytes hold this offset). */
constexpr CrInt32u kImageHeader = 48;

/** Fills the SDK's property classes (their members are private, as in Sony's headers). */
struct PropertyAccess {
  static void fill(SCRSDK::CrDeviceProperty& p, CrInt32u code, SCRSDK::CrDataType type,
                   SCRSDK::CrPropertyEnableFlag enable, SCRSDK::CrPropertyVariableFlag variable, CrInt64u current,
                   const CrInt8u* values, CrInt32u values_size, const CrInt16u* str);
  static void fill(SCRSDK::CrLiveViewProperty& p, CrInt32u code, SCRSDK::CrFrameInfoType type, const CrInt8u* value,
                   CrInt32u size);
};

/** Fills image infos and blocks the way Cr_Core does (offset header in the caller's buffer). */
struct ImageAccess {
  static void set_info(SCRSDK::CrImageInfo& info, CrInt32u width, CrInt32u height, CrInt32u buffer_size);
  /** Writes `image` (with the header when small enough); CrError_Memory_Insufficient when it does not fit. */
  static SCRSDK::CrError write(SCRSDK::CrImageDataBlock& block, CrInt32u frame, const std::vector<uint8_t>& image);
};

/** Counts objects handed to callers plus running threads; tests assert it returns to zero. */
extern std::atomic<int32_t> g_live_objects;

/** RAII live-object token. */
struct LiveToken {
  LiveToken() { g_live_objects.fetch_add(1); }
  ~LiveToken() { g_live_objects.fetch_sub(1); }
  LiveToken(const LiveToken&) { g_live_objects.fetch_add(1); }
  LiveToken& operator=(const LiveToken&) = default;
};

/** One property of the body. */
struct Prop {
  uint32_t code = 0;
  SCRSDK::CrDataType type = SCRSDK::CrDataType_UInt16;
  int64_t value = 0;
  std::vector<int64_t> values;  // possible values (current constraints)
  bool settable = false;        // writable by nature (before priority/mode rules)
  bool set_only = false;        // write-only command-like property (NearFar)
  bool hidden = false;          // takes writes but is not listed (the simulator does not list it either)
  std::string str;              // for CrDataType_STR
};

/** One file of a card content. */
struct CardFile {
  uint32_t file_id = 1;
  uint32_t format = SCRSDK::CrContentsFile_FileFormat_Jpeg;
  uint64_t size = 0;
  std::string name;  // DSC00001.JPG
  uint32_t mtp_handle = 0;
};

/** One content (one shot; RAW+JPEG share it). */
struct CardContent {
  uint32_t id = 0;
  uint32_t slot = 1;
  int year = 2024, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  std::vector<CardFile> files;
};

/** Loaded JPEG fixtures (live-view frames, thumbnail, screennail, shot base). */
struct Fixtures {
  std::vector<std::vector<uint8_t>> frames;
  std::vector<uint8_t> thumb, screennail, shot;
  uint32_t frame_w = 1024, frame_h = 680;
  uint32_t max_frame = 0;
};
const Fixtures& fixtures();

class Device;

/** A physical body: identity, plug state, properties and card. Outlives connections. */
class Camera {
 public:
  Camera(int index);
  int index;
  std::string serial, model, id_bytes;
  std::atomic<bool> plugged{true};
  std::atomic<bool> card_full{false};
  std::atomic<int64_t> unplug_after_bytes{-1};
  std::atomic<int32_t> busy_calls{0};

  std::mutex mu;  // guards everything below
  std::map<uint32_t, Prop> props;
  std::vector<CardContent> card;
  uint32_t next_content_id = 1;
  uint32_t next_file_number = 1;
  uint32_t next_mtp_handle = 0x1000;
  std::weak_ptr<Device> connection;

  /** Applies the consequences of a change and refreshes the value lists that depend on other settings. */
  void apply_rules_locked();
  /** Whether the priority key lets the host write. */
  bool pc_remote_locked() const;
  int64_t get_locked(uint32_t code) const;
  /** Sets a value; returns true when it changed. */
  bool put_locked(uint32_t code, int64_t v);
  /** The simulator's writability rule for `p`, before priority-key and connection-mode gating. */
  bool writable_locked(const Prop& p) const;
  /** Writability as the SDK reports it (enable flag) to a connection in `mode`. */
  SCRSDK::CrPropertyEnableFlag enable_flag_locked(const Prop& p, SCRSDK::CrSdkControlMode mode) const;
  /** Value, enable flag and value list of every property, to tell which codes a change touched. */
  std::map<uint32_t, std::string> snapshot_locked(SCRSDK::CrSdkControlMode mode) const;
  /** A connection in `mode` opened (the body reports its control mode). */
  void connected_locked(SCRSDK::CrSdkControlMode mode);
  static std::vector<uint32_t> diff(const std::map<uint32_t, std::string>& before,
                                    const std::map<uint32_t, std::string>& after);
  /** Adds a shot to the card; returns the new content. */
  CardContent add_shot_locked(bool raw, bool jpeg, uint64_t jpeg_size, uint64_t raw_size);
  /** Consumes one busy token; true when the call must answer busy. */
  bool take_busy();
};

/** A timer queue on its own thread; runs tasks in time order. */
class Scheduler {
 public:
  Scheduler();
  ~Scheduler();
  void after(int ms, std::function<void()> fn);
  void stop();

 private:
  void run();
  std::mutex mu_;
  std::condition_variable cv_;
  std::multimap<Clock::time_point, std::function<void()>> tasks_;
  bool stopping_ = false;
  std::thread thread_;
  LiveToken token_;
};

enum class LinkState { Connecting, Connected, Reconnecting, Disconnecting, Disconnected };

/** One connection (what a CrDeviceHandle names). Fires the callbacks from its own threads. */
class Device : public std::enable_shared_from_this<Device> {
 public:
  Device(std::shared_ptr<Camera> cam, SCRSDK::IDeviceCallback* cb, SCRSDK::CrSdkControlMode mode, bool reconnect);
  ~Device();
  void start();
  /** Stops every thread; no callback runs after this returns. */
  void shutdown();

  /** Runs a callback unless the device has been released (shared lock: several threads may fire at once). */
  void fire(const std::function<void(SCRSDK::IDeviceCallback*)>& fn);
  void fire_codes(const std::vector<uint32_t>& codes);

  std::shared_ptr<Camera> cam;
  SCRSDK::CrSdkControlMode mode;
  bool reconnect;
  std::atomic<LinkState> state{LinkState::Connecting};
  Scheduler sched;
  std::mt19937 rng;
  std::mutex rng_mu;
  int jitter(int lo, int hi);

  // Save info (auto-download target).
  std::mutex save_mu;
  std::string save_path, save_prefix = "DSC";
  int32_t save_no = -1;

  // Live view.
  std::atomic<bool> lv_enabled{true};
  std::atomic<uint32_t> lv_frame{0};
  uint32_t lv_last_read = 0;
  std::mutex lv_mu;
  std::atomic<bool> card_index_ready{false};

  // One transfer at a time.
  std::mutex xfer_mu;
  bool xfer_active = false;
  std::atomic<bool> xfer_cancel{false};
  std::vector<std::thread> workers;  // joined at shutdown

  // Shutter state.
  std::atomic<bool> release_down{false};
  std::atomic<bool> movie_toggle_down{false};

  // Link events driven by faults.
  void on_unplug();
  void on_replug(bool warning_only);
  void begin_disconnect();
  void spawn(std::function<void()> fn);

 private:
  void ambient();
  void lv_loop();
  std::shared_mutex cb_mu_;
  SCRSDK::IDeviceCallback* cb_;
  bool cb_live_ = true;
  std::atomic<bool> stop_{false};
  std::thread lv_thread_;
  std::mutex workers_mu_;
  LiveToken token_;
};

/** Process-wide stand-in state. */
struct Sdk {
  std::mutex mu;
  bool initialised = false;
  std::vector<std::shared_ptr<Camera>> cameras;
  std::map<SCRSDK::CrDeviceHandle, std::shared_ptr<Device>> devices;
  SCRSDK::CrDeviceHandle next_handle = 0x5000;
  std::atomic<int64_t> rate_bps{40LL * 1024 * 1024};
  std::atomic<int64_t> jpeg_size{9'800'000};
  std::atomic<int64_t> raw_size{24'600'000};
  std::atomic<int32_t> reconnect_window_ms{3000};
};
Sdk& sdk();
std::shared_ptr<Device> find_device(SCRSDK::CrDeviceHandle h);

// Shots and card files.
void capture(const std::shared_ptr<Device>& dev);
std::vector<uint8_t> make_file_bytes(const CardContent& c, const CardFile& f);
std::string to_std(const CrChar* s);
std::string join_path(const std::string& dir, const std::string& name);
bool write_file(const std::string& path, const std::vector<uint8_t>& bytes);
/** Writes `bytes` in chunks with rate limit, progress and fault checks; false on cancel/unplug. */
bool pull_to_file(const std::shared_ptr<Device>& dev, const std::string& path, const std::vector<uint8_t>& bytes,
                  const std::function<void(uint32_t)>& on_percent);
void seed_card(Camera& cam);
void seed_props(Camera& cam);

/** Connected and plugged, else the SDK's error for the call. */
SCRSDK::CrError check_link(const std::shared_ptr<Device>& dev);
/** Half-press: lock runs AF (focus indication after a few hundred ms), unlock releases it. */
void s1(const std::shared_ptr<Device>& dev, bool lock);

// Card access helpers (transfer-helpers.cpp).
SCRSDK::CrError check_card(const std::shared_ptr<Device>& dev, SCRSDK::CrSdkControlMode need, bool busy_applies = true);
std::vector<CrChar> cr_chars(const std::string& s);
/** Takes the single transfer slot; false when a transfer is already running. */
bool claim_transfer(const std::shared_ptr<Device>& dev);
void release_transfer(const std::shared_ptr<Device>& dev);
/** `path` if given, else the save-info folder. */
std::string target_dir(const std::shared_ptr<Device>& dev, CrChar* path);
bool find_file(Camera& cam, uint32_t slot, uint32_t content_id, uint32_t file_id, CardContent& c, CardFile& f);
bool find_mtp(Camera& cam, SCRSDK::CrContentHandle h, CardContent& c, CardFile& f);
/** Runs a remote-transfer pull on a device worker with progress and the final result callback. */
void run_rt_transfer(const std::shared_ptr<Device>& dev, std::string path, std::vector<uint8_t> bytes);

/** UTF-16 with the SDK's leading length element. */
std::vector<CrInt16u> to_cr_str(const std::string& s);

}  // namespace standin
