// Exported SDK entry points: init/release, enumeration, connect/disconnect, settings, save info, version.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__linux__)
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "standin.h"

using namespace SCRSDK;
using namespace standin;

namespace standin {

Sdk& sdk() {
  static Sdk* instance = new Sdk();  // never destroyed: callbacks may race process exit
  return *instance;
}

std::shared_ptr<Device> find_device(CrDeviceHandle h) {
  std::lock_guard<std::mutex> lock(sdk().mu);
  auto it = sdk().devices.find(h);
  return it == sdk().devices.end() ? nullptr : it->second;
}

std::string to_std(const CrChar* s) {
  if (!s) return std::string();
  size_t n = 0;
  while (s[n]) ++n;
  std::string out(n, '\0');
  for (size_t i = 0; i < n; ++i) out[i] = static_cast<char>(s[i]);
  return out;
}

}  // namespace standin

namespace {

CrChar* dup_cr(const std::string& s) {
  CrChar* out = new CrChar[s.size() + 1];
  std::copy(s.begin(), s.end(), out);
  out[s.size()] = 0;
  return out;
}

class CameraObjectInfo final : public ICrCameraObjectInfo {
 public:
  CameraObjectInfo(const Camera& cam, bool connected)
      : name_(dup_cr(cam.model)), model_(dup_cr(cam.model)), type_(dup_cr("USB")), adaptor_(dup_cr("Cr_PTP_USB")),
        guid_(dup_cr("")), pairing_(dup_cr("OFF")), id_(cam.id_bytes), connected_(connected), index_(cam.index) {}
  ~CameraObjectInfo() {
    for (CrChar* p : {name_, model_, type_, adaptor_, guid_, pairing_, empty_}) delete[] p;
  }
  void Release() override {}
  CrChar* GetName() const override { return name_; }
  CrInt32u GetNameSize() const override { return static_cast<CrInt32u>(to_std(name_).size()); }
  CrChar* GetModel() const override { return model_; }
  CrInt32u GetModelSize() const override { return static_cast<CrInt32u>(to_std(model_).size()); }
  CrInt16 GetUsbPid() const override { return 0x0D9F; }
  CrInt8u* GetId() const override { return reinterpret_cast<CrInt8u*>(const_cast<char*>(id_.data())); }
  CrInt32u GetIdSize() const override { return static_cast<CrInt32u>(id_.size()); }
  CrInt32u GetIdType() const override { return 0; }
  CrInt32u GetConnectionStatus() const override { return connected_ ? 1 : 0; }
  CrChar* GetConnectionTypeName() const override { return type_; }
  CrChar* GetAdaptorName() const override { return adaptor_; }
  CrChar* GetGuid() const override { return guid_; }
  CrChar* GetPairingNecessity() const override { return pairing_; }
  CrInt16u GetAuthenticationState() const override { return 0; }
  CrInt32u GetSSHsupport() const override { return 0; }
  CrInt32u GetIPAddress() const override { return 0; }
  CrChar* GetIPAddressChar() const override { return empty_; }
  CrInt32u GetIPAddressCharSize() const override { return 0; }
  CrInt8u* GetMACAddress() const override { return nullptr; }
  CrInt32u GetMACAddressSize() const override { return 0; }
  CrChar* GetMACAddressChar() const override { return empty_; }
  CrInt32u GetMACAddressCharSize() const override { return 0; }
  int index() const { return index_; }

 private:
  CrChar *name_, *model_, *type_, *adaptor_, *guid_, *pairing_, *empty_ = dup_cr("");
  std::string id_;
  bool connected_;
  int index_;
};

class EnumInfo final : public ICrEnumCameraObjectInfo {
 public:
  std::vector<CameraObjectInfo*> items;
  ~EnumInfo() {
    for (auto* i : items) delete i;
  }
  CrInt32u GetCount() const override { return static_cast<CrInt32u>(items.size()); }
  const ICrCameraObjectInfo* GetCameraObjectInfo(CrInt32u index) const override {
    return index < items.size() ? items[index] : nullptr;
  }
  void Release() override { delete this; }

 private:
  LiveToken token_;
};

// Sony's Cr_Core loads its transport adapters only from <folder of the executable>/CrAdapter and answers
// CrError_Adaptor_Create (0x8703) without it. The stand-in applies the same rule when
// TETHER_STANDIN_ADAPTER_RULE=1 (the tests that prove adapter placement set it; the rest of the suite runs
// under a plain node and leaves it off).
bool adapters_found() {
  const char* rule = std::getenv("TETHER_STANDIN_ADAPTER_RULE");
  if (!rule || std::string(rule) != "1") return true;
#if defined(__linux__)
  char exe[4096];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return false;
  exe[n] = '\0';
  std::string dir(exe);
  dir = dir.substr(0, dir.find_last_of('/'));
  struct stat st{};
  return stat((dir + "/CrAdapter").c_str(), &st) == 0 && S_ISDIR(st.st_mode);
#else
  return true;
#endif
}

void release_all_devices() {
  std::map<CrDeviceHandle, std::shared_ptr<Device>> devices;
  {
    std::lock_guard<std::mutex> lock(sdk().mu);
    devices.swap(sdk().devices);
  }
  for (auto& kv : devices) kv.second->shutdown();
}

}  // namespace

extern "C" {

bool SCRSDK::Init(CrInt32u) {
  std::lock_guard<std::mutex> lock(sdk().mu);
  if (sdk().initialised) return true;
  int n = 1;
  if (const char* env = std::getenv("TETHER_STANDIN_CAMERAS")) n = std::max(0, std::min(8, std::atoi(env)));
  sdk().cameras.clear();
  for (int i = 0; i < n; ++i) sdk().cameras.push_back(std::make_shared<Camera>(i));
  sdk().initialised = true;
  return true;
}

bool SCRSDK::Release() {
  release_all_devices();
  std::lock_guard<std::mutex> lock(sdk().mu);
  sdk().cameras.clear();
  sdk().initialised = false;
  return true;
}

CrError SCRSDK::EnumCameraObjects(ICrEnumCameraObjectInfo** out, CrInt8u) {
  if (!out) return CrError_Generic_InvalidParameter;
  *out = nullptr;
  if (!adapters_found()) return CrError_Adaptor_Create;
  std::lock_guard<std::mutex> lock(sdk().mu);
  if (!sdk().initialised) return CrError_Init;
  auto* list = new EnumInfo();
  for (auto& cam : sdk().cameras) {
    if (!cam->plugged.load()) continue;
    list->items.push_back(new CameraObjectInfo(*cam, !cam->connection.expired()));
  }
  if (list->items.empty()) {
    delete list;
    return CrError_None;  // as Sony's v2.00 answers with no camera attached: success and no list
  }
  *out = list;
  return CrError_None;
}

CrError SCRSDK::Connect(ICrCameraObjectInfo* info, IDeviceCallback* callback, CrDeviceHandle* handle,
                        CrSdkControlMode mode, CrReconnectingSet reconnect, const char*, const char*, const char*,
                        CrInt32u) {
  if (!info || !callback || !handle) return CrError_Generic_InvalidParameter;
  auto* obj = dynamic_cast<CameraObjectInfo*>(info);
  if (!obj) return CrError_Generic_InvalidParameter;
  std::shared_ptr<Device> dev;
  {
    std::lock_guard<std::mutex> lock(sdk().mu);
    if (!sdk().initialised) return CrError_Init;
    std::shared_ptr<Camera> cam;
    for (auto& c : sdk().cameras)
      if (c->index == obj->index()) cam = c;
    if (!cam || !cam->plugged.load()) return CrError_Connect_Disconnected;
    std::lock_guard<std::mutex> camLock(cam->mu);
    if (auto existing = cam->connection.lock()) {
      if (existing->state.load() != LinkState::Disconnected) return CrError_Connect_FailBusy;
    }
    dev = std::make_shared<Device>(cam, callback, mode, reconnect == CrReconnecting_ON);
    cam->connection = dev;
    cam->connected_locked(mode);
    *handle = sdk().next_handle++;
    sdk().devices[*handle] = dev;
  }
  dev->start();
  return CrError_None;
}

CrError SCRSDK::Disconnect(CrDeviceHandle h) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  dev->begin_disconnect();
  return CrError_None;
}

CrError SCRSDK::ReleaseDevice(CrDeviceHandle h) {
  std::shared_ptr<Device> dev;
  {
    std::lock_guard<std::mutex> lock(sdk().mu);
    auto it = sdk().devices.find(h);
    if (it == sdk().devices.end()) return CrError_Generic_InvalidHandle;
    dev = it->second;
    sdk().devices.erase(it);
  }
  dev->shutdown();
  return CrError_None;
}

CrError SCRSDK::GetDeviceSetting(CrDeviceHandle h, CrInt32u key, CrInt32u* value) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!value) return CrError_Generic_InvalidParameter;
  if (key != Setting_Key_EnableLiveView) return CrError_Generic_NotSupported;
  *value = dev->lv_enabled.load() ? CrDeviceSetting_Enable : CrDeviceSetting_Disable;
  return CrError_None;
}

CrError SCRSDK::SetDeviceSetting(CrDeviceHandle h, CrInt32u key, CrInt32u value) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!dev->cam->plugged.load()) return CrError_Connect_Disconnected;
  if (key != Setting_Key_EnableLiveView) return CrError_Generic_NotSupported;
  dev->lv_enabled = value == CrDeviceSetting_Enable;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    dev->cam->put_locked(CrDeviceProperty_LiveViewStatus, dev->lv_enabled ? CrLiveView_Enable : CrLiveView_Disable);
  }
  std::weak_ptr<Device> weak = dev;
  dev->sched.after(dev->jitter(5, 30), [weak] {
    if (auto d = weak.lock()) d->fire_codes({CrDeviceProperty_LiveViewStatus});
  });
  return CrError_None;
}

CrError SCRSDK::SetSaveInfo(CrDeviceHandle h, CrChar* path, CrChar* prefix, CrInt32 no) {
  auto dev = find_device(h);
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!path) return CrError_Generic_InvalidParameter;
  std::lock_guard<std::mutex> lock(dev->save_mu);
  dev->save_path = to_std(path);
  dev->save_prefix = prefix && *prefix ? to_std(prefix) : std::string("DSC");
  dev->save_no = no;
  return CrError_None;
}

CrInt32u SCRSDK::GetSDKVersion() { return 0x02000000; }
CrInt32u SCRSDK::GetSDKSerial() { return 0x53544e44; }  // "STND"

}  // extern "C"
