// Exported SDK entry points: device properties (read, validated asynchronous writes, S1/AF) and
// live-view properties (AF and tracking frames).
#include <algorithm>
#include <cmath>
#include <cstring>

#include "standin.h"

using namespace SCRSDK;
using namespace standin;

namespace {

size_t elem_size(CrDataType t) {
  switch (t & 0x0F) {
    case 1: return 1;
    case 2: return 2;
    case 3: return 4;
    default: return 8;
  }
}

// Focus_Magnifier_Setting (UInt64): listed values carry a ratio x10 (bits 63-32) and no position
// (0xFFFFFFFF); a write carries a listed ratio and the centre of the magnified area (x << 16 | y in the
// 640x480 AF space), kept inside the frame by half the magnified area; without a centre the previous one
// stays. The simulator's rule (src/main/camera/sim/magnifier-property.ts), ported. False: not accepted.
bool magnifier_write(const Prop& prop, int64_t current, int64_t& v) {
  const uint64_t ratio = static_cast<uint64_t>(v) >> 32;
  const bool listed = std::any_of(prop.values.begin(), prop.values.end(),
                                  [&](int64_t x) { return (static_cast<uint64_t>(x) >> 32) == ratio; });
  if (!listed) return false;
  uint32_t low = static_cast<uint32_t>(v & 0xFFFFFFFF);
  if (low == 0xFFFFFFFFu) low = static_cast<uint32_t>(current & 0xFFFFFFFF);
  if (low == 0xFFFFFFFFu) low = (320u << 16) | 240u;
  const int64_t x = low >> 16;
  const int64_t y = low & 0xFFFF;
  if (x >= 640 || y >= 480) return false;
  const double r = static_cast<double>(std::max<uint64_t>(ratio, 10)) / 10.0;
  const double hw = 320.0 / r;
  const double hh = 240.0 / r;
  const int64_t cx = std::min<int64_t>(static_cast<int64_t>(std::floor(640.0 - hw)),
                                       std::max<int64_t>(static_cast<int64_t>(std::ceil(hw)), x));
  const int64_t cy = std::min<int64_t>(static_cast<int64_t>(std::floor(480.0 - hh)),
                                       std::max<int64_t>(static_cast<int64_t>(std::ceil(hh)), y));
  v = static_cast<int64_t>((ratio << 32) | (static_cast<uint64_t>(cx) << 16) | static_cast<uint64_t>(cy));
  return true;
}

void pack_values(const std::vector<int64_t>& values, CrDataType t, std::vector<CrInt8u>& out) {
  const size_t n = elem_size(t);
  out.resize(values.size() * n);
  for (size_t i = 0; i < values.size(); ++i) {
    uint64_t v = static_cast<uint64_t>(values[i]);
    std::memcpy(out.data() + i * n, &v, n);  // little-endian truncation, as the SDK packs them
  }
}

CrDeviceProperty* export_props(Camera& cam, CrSdkControlMode mode, const std::vector<uint32_t>* codes,
                               CrInt32* count) {
  std::vector<const Prop*> picked;
  std::lock_guard<std::mutex> lock(cam.mu);
  if (codes) {
    for (uint32_t c : *codes) {
      auto it = cam.props.find(c);
      if (it != cam.props.end() && !it->second.hidden) picked.push_back(&it->second);
    }
  } else {
    for (auto& kv : cam.props)
      if (!kv.second.hidden) picked.push_back(&kv.second);
  }
  *count = static_cast<CrInt32>(picked.size());
  if (picked.empty()) return nullptr;
  auto* arr = new CrDeviceProperty[picked.size()];
  std::vector<CrInt8u> packed;
  for (size_t i = 0; i < picked.size(); ++i) {
    const Prop& p = *picked[i];
    const auto flag = cam.enable_flag_locked(p, mode);
    pack_values(p.values, p.type, packed);
    std::vector<CrInt16u> str;
    if (p.type == CrDataType_STR) str = to_cr_str(p.str);
    const bool variable = flag == CrEnableValue_True || flag == CrEnableValue_SetOnly;
    PropertyAccess::fill(arr[i], p.code, static_cast<CrDataType>(p.values.empty() ? p.type : (p.type | CrDataType_ArrayBit)),
                       flag, variable ? CrEnableValue_Variable : CrEnableValue_Invariable,
                       static_cast<CrInt64u>(p.value), packed.empty() ? nullptr : packed.data(),
                       static_cast<CrInt32u>(packed.size()), str.empty() ? nullptr : str.data());
  }
  standin::g_live_objects.fetch_add(1);
  return arr;
}

// Decodes a value written by the host according to the property's width and sign.
int64_t decode_value(CrInt64u raw, CrDataType t) {
  const bool sign = (t & CrDataType_SignBit) != 0;
  switch (t & 0x0F) {
    case 1: return sign ? static_cast<int8_t>(raw) : static_cast<uint8_t>(raw);
    case 2: return sign ? static_cast<int16_t>(raw) : static_cast<uint16_t>(raw);
    case 3: return sign ? static_cast<int32_t>(raw) : static_cast<uint32_t>(raw);
    default: return static_cast<int64_t>(raw);
  }
}

}  // namespace

CrError standin::check_link(const std::shared_ptr<Device>& dev) {
  if (!dev) return CrError_Generic_InvalidHandle;
  if (!dev->cam->plugged.load() || dev->state.load() == LinkState::Reconnecting) return CrError_Connect_Disconnected;
  if (dev->state.load() != LinkState::Connected) return CrError_Connect_Disconnected;
  return CrError_None;
}

void standin::s1(const std::shared_ptr<Device>& dev, bool lock) {
  std::weak_ptr<Device> weak = dev;
  if (!lock) {
    bool changed;
    {
      std::lock_guard<std::mutex> l(dev->cam->mu);
      changed = dev->cam->put_locked(CrDeviceProperty_S1, CrLockIndicator_Unlocked);
      changed = dev->cam->put_locked(CrDeviceProperty_FocusIndication, CrFocusIndicator_Unlocked) || changed;
    }
    if (changed)
      dev->sched.after(dev->jitter(10, 40), [weak] {
        if (auto d = weak.lock()) d->fire_codes({CrDeviceProperty_S1, CrDeviceProperty_FocusIndication});
      });
    return;
  }
  int64_t focus;
  {
    std::lock_guard<std::mutex> l(dev->cam->mu);
    dev->cam->put_locked(CrDeviceProperty_S1, CrLockIndicator_Locked);
    focus = dev->cam->get_locked(CrDeviceProperty_FocusMode);
  }
  dev->sched.after(dev->jitter(10, 30), [weak] {
    if (auto d = weak.lock()) d->fire_codes({CrDeviceProperty_S1});
  });
  if (focus == CrFocus_MF) return;
  // AF takes a few hundred milliseconds, then the focus indication reports the lock.
  dev->sched.after(dev->jitter(150, 400), [weak, focus] {
    auto d = weak.lock();
    if (!d) return;
    {
      std::lock_guard<std::mutex> l(d->cam->mu);
      if (d->cam->get_locked(CrDeviceProperty_S1) != CrLockIndicator_Locked) return;
      d->cam->put_locked(CrDeviceProperty_FocusIndication,
                         focus == CrFocus_AF_C ? CrFocusIndicator_Focused_AF_C : CrFocusIndicator_Focused_AF_S);
    }
    d->fire_codes({CrDeviceProperty_FocusIndication});
    CrInt32u lv = CrLiveViewProperty_AF_Area_Position;
    d->fire([&lv](IDeviceCallback* cb) { cb->OnLvPropertyChangedCodes(1, &lv); });
  });
}


extern "C" {

CrError SCRSDK::GetDeviceProperties(CrDeviceHandle h, CrDeviceProperty** props, CrInt32* num) {
  auto dev = find_device(h);
  if (!props || !num) return CrError_Generic_InvalidParameter;
  *props = nullptr;
  *num = 0;
  if (CrError e = check_link(dev)) return e;
  *props = export_props(*dev->cam, dev->mode, nullptr, num);
  return CrError_None;
}

CrError SCRSDK::GetSelectDeviceProperties(CrDeviceHandle h, CrInt32u n, CrInt32u* codes, CrDeviceProperty** props,
                                          CrInt32* num) {
  auto dev = find_device(h);
  if (!props || !num || (n && !codes)) return CrError_Generic_InvalidParameter;
  *props = nullptr;
  *num = 0;
  if (CrError e = check_link(dev)) return e;
  std::vector<uint32_t> wanted(codes, codes + n);
  *props = export_props(*dev->cam, dev->mode, &wanted, num);
  return CrError_None;
}

CrError SCRSDK::ReleaseDeviceProperties(CrDeviceHandle, CrDeviceProperty* props) {
  if (props) {
    delete[] props;
    standin::g_live_objects.fetch_sub(1);
  }
  return CrError_None;
}

CrError SCRSDK::SetDeviceProperty(CrDeviceHandle h, CrDeviceProperty* p) {
  auto dev = find_device(h);
  if (!p) return CrError_Generic_InvalidParameter;
  if (CrError e = check_link(dev)) return e;
  if (dev->cam->take_busy()) return CrError_Adaptor_DeviceBusy;
  const uint32_t code = p->GetCode();
  std::vector<uint32_t> changed;
  int64_t v;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    auto it = dev->cam->props.find(code);
    if (it == dev->cam->props.end()) return CrError_Adaptor_InvaildProperty;
    Prop& prop = it->second;
    auto flag = dev->cam->enable_flag_locked(prop, dev->mode);
    if (flag != CrEnableValue_True && flag != CrEnableValue_SetOnly) return CrError_Api_InvalidCalled;
    v = decode_value(p->GetCurrentValue(), prop.type);
    if (code == CrDeviceProperty_AF_Area_Position && ((v >> 16) >= 640 || (v & 0xFFFF) >= 480))
      return CrError_Generic_InvalidParameter;
    if (code == CrDeviceProperty_Focus_Magnifier_Setting) {
      if (!magnifier_write(prop, dev->cam->get_locked(code), v)) return CrError_Generic_InvalidParameter;
    } else if (!prop.values.empty() &&
               std::find(prop.values.begin(), prop.values.end(), v) == prop.values.end()) {
      return CrError_Generic_InvalidParameter;
    }
  }
  if (code == CrDeviceProperty_S1) {
    s1(dev, v == CrLockIndicator_Locked);
    return CrError_None;
  }
  std::weak_ptr<Device> weak = dev;
  // Writes land asynchronously, as on the body: the change callback arrives tens of ms later.
  dev->sched.after(dev->jitter(20, 70), [weak, code, v] {
    auto d = weak.lock();
    if (!d) return;
    std::vector<uint32_t> codes;
    {
      std::lock_guard<std::mutex> lock(d->cam->mu);
      if (d->cam->props[code].set_only) return;  // NearFar moves the lens; nothing to report
      // Report every code whose value, writability or value list the write changed, as the body does.
      const auto before = d->cam->snapshot_locked(d->mode);
      if (!d->cam->put_locked(code, v)) return;
      d->cam->apply_rules_locked();
      codes = Camera::diff(before, d->cam->snapshot_locked(d->mode));
    }
    d->fire_codes(codes);
  });
  return CrError_None;
}

CrError SCRSDK::GetSelectLiveViewProperties(CrDeviceHandle h, CrInt32u n, CrInt32u* codes,
                                            CrLiveViewProperty** props, CrInt32* num) {
  auto dev = find_device(h);
  if (!props || !num || (n && !codes)) return CrError_Generic_InvalidParameter;
  *props = nullptr;
  *num = 0;
  if (CrError e = check_link(dev)) return e;
  std::vector<CrLiveViewProperty> out;
  int64_t pos, focus, area;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    pos = dev->cam->get_locked(CrDeviceProperty_AF_Area_Position);
    focus = dev->cam->get_locked(CrDeviceProperty_FocusIndication);
    area = dev->cam->get_locked(CrDeviceProperty_FocusArea);
  }
  const bool focused = focus != CrFocusIndicator_Unlocked && (focus & 0xF00) == 0x100;
  for (CrInt32u i = 0; i < n; ++i) {
    CrLiveViewProperty p;
    if (codes[i] == CrLiveViewProperty_AF_Area_Position) {
      CrFocusFrameInfo f;
      f.type = CrFocusFrameType_PhaseDetection_ImageSensor;
      f.state = focused ? CrFocusFrameState_Focused : CrFocusFrameState_NotFocused;
      f.priority = 1;
      f.xNumerator = static_cast<CrInt32u>(pos >> 16);
      f.xDenominator = 640;
      f.yNumerator = static_cast<CrInt32u>(pos & 0xFFFF);
      f.yDenominator = 480;
      f.width = 60;
      f.height = 60;
      PropertyAccess::fill(p, codes[i], CrFrameInfoType_FocusFrameInfo, reinterpret_cast<CrInt8u*>(&f), sizeof f);
      out.push_back(p);
    } else if (codes[i] == CrLiveViewProperty_TrackingFrame && area >= CrFocusArea_Tracking_Wide && focused) {
      CrTrackingFrameInfo t;
      t.type = CrTrackingFrameType_TargetAF;
      t.state = CrFocusFrameState_Focused;
      t.priority = 1;
      t.xNumerator = static_cast<CrInt32u>(pos >> 16);
      t.xDenominator = 640;
      t.yNumerator = static_cast<CrInt32u>(pos & 0xFFFF);
      t.yDenominator = 480;
      t.width = 90;
      t.height = 120;
      PropertyAccess::fill(p, codes[i], CrFrameInfoType_TrackingFrameInfo, reinterpret_cast<CrInt8u*>(&t), sizeof t);
      out.push_back(p);
    }
  }
  *num = static_cast<CrInt32>(out.size());
  if (out.empty()) return CrError_None;
  *props = new CrLiveViewProperty[out.size()];
  for (size_t i = 0; i < out.size(); ++i) (*props)[i] = out[i];
  standin::g_live_objects.fetch_add(1);
  return CrError_None;
}

CrError SCRSDK::ReleaseLiveViewProperties(CrDeviceHandle, CrLiveViewProperty* props) {
  if (props) {
    delete[] props;
    standin::g_live_objects.fetch_sub(1);
  }
  return CrError_None;
}

}  // extern "C"
