// ABI: properties, commands, device settings, save info, AF frames and live view.
#include <cstring>

#include "bridge.h"
#include "text.h"

using namespace SCRSDK;
using namespace tc;

namespace {

// Resolves a connected device or returns the status to report.
int32_t usable(uint64_t handle, std::shared_ptr<Device>& dev) {
  dev = find_device(handle);
  if (!dev) return TC_ERR_INVALID_HANDLE;
  if (dev->link.load() == kDisconnected) return TC_ERR_NOT_CONNECTED;
  return TC_OK;
}

size_t elem_size(uint32_t type) {
  switch (type & 0x0F) {
    case 1: return 1;
    case 2: return 2;
    case 3: return 4;
    case 4: return 8;
    default: return 0;
  }
}

int64_t sign_extend(uint64_t raw, uint32_t type) {
  if (!(type & CrDataType_SignBit)) {
    switch (type & 0x0F) {
      case 1: return static_cast<uint8_t>(raw);
      case 2: return static_cast<uint16_t>(raw);
      case 3: return static_cast<uint32_t>(raw);
      default: return static_cast<int64_t>(raw);
    }
  }
  switch (type & 0x0F) {
    case 1: return static_cast<int8_t>(raw);
    case 2: return static_cast<int16_t>(raw);
    case 3: return static_cast<int32_t>(raw);
    default: return static_cast<int64_t>(raw);
  }
}

int64_t read_elem(const CrInt8u* p, uint32_t type) {
  uint64_t v = 0;
  std::memcpy(&v, p, elem_size(type));  // little-endian, as every supported platform is
  return sign_extend(v, type);
}

}  // namespace

extern "C" {

TC_API int32_t tc_get_properties(uint64_t device, const uint32_t* codes, uint32_t ncodes, tc_property* out,
                                 uint32_t max, int64_t* values, uint32_t max_values, uint32_t* out_count,
                                 uint32_t* out_values) {
  if (!out_count || !out_values || (ncodes && !codes) || (max && !out) || (max_values && !values))
    return TC_ERR_INVALID_ARG;
  *out_count = 0;
  *out_values = 0;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  CrDeviceProperty* props = nullptr;
  CrInt32 n = 0;
  CrError err;
  if (ncodes) {
    std::vector<CrInt32u> wanted(codes, codes + ncodes);
    err = GetSelectDeviceProperties(dev->sdk, ncodes, wanted.data(), &props, &n);
  } else {
    err = GetDeviceProperties(dev->sdk, &props, &n);
  }
  if (err != CrError_None) {
    if (props) ReleaseDeviceProperties(dev->sdk, props);
    return err;
  }
  uint32_t count = 0, used = 0;
  bool too_small = false;
  for (CrInt32 i = 0; i < n; ++i) {
    CrDeviceProperty& p = props[i];
    const uint32_t type = p.GetValueType();
    const size_t es = elem_size(type);
    const uint32_t nvals = es ? p.GetValueSize() / static_cast<uint32_t>(es) : 0;
    if (count < max && used + nvals <= max_values) {
      tc_property& o = out[count];
      std::memset(&o, 0, sizeof o);
      o.code = p.GetCode();
      o.value_type = type;
      o.enable_flag = p.GetPropertyEnableFlag();
      o.variable_flag = p.GetPropertyVariableFlag();
      o.current = sign_extend(p.GetCurrentValue(), type);
      o.get_enabled = p.IsGetEnableCurrentValue() ? 1 : 0;
      o.set_enabled = p.IsSetEnableCurrentValue() ? 1 : 0;
      if (type == CrDataType_STR) copy_field(o.current_str, sizeof o.current_str, from_cr_str(p.GetCurrentStr()));
      o.values_offset = used;
      o.values_count = nvals;
      const CrInt8u* raw = p.GetValues();
      for (uint32_t k = 0; raw && k < nvals; ++k) values[used + k] = read_elem(raw + k * es, type);
    } else {
      too_small = true;
    }
    ++count;
    used += nvals;
  }
  if (props) ReleaseDeviceProperties(dev->sdk, props);  // everything was copied out above
  *out_count = count;
  *out_values = used;
  return too_small ? TC_ERR_BUFFER_TOO_SMALL : TC_OK;
}

TC_API int32_t tc_set_property(uint64_t device, uint32_t code, uint32_t value_type, int64_t value) {
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  CrDeviceProperty prop;
  prop.SetCode(code);
  prop.SetCurrentValue(static_cast<CrInt64u>(value));
  prop.SetValueType(static_cast<CrDataType>(value_type & ~(CrDataType_ArrayBit | CrDataType_RangeBit)));
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return SetDeviceProperty(dev->sdk, &prop);
}

TC_API int32_t tc_send_command(uint64_t device, uint32_t command_id, uint32_t param) {
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return SendCommand(dev->sdk, command_id, static_cast<CrCommandParam>(param));
}

TC_API int32_t tc_set_device_setting(uint64_t device, uint32_t key, uint32_t value) {
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return SetDeviceSetting(dev->sdk, key, value);
}

TC_API int32_t tc_set_save_info(uint64_t device, const char* path, const char* prefix, int32_t start_no) {
  if (!path) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  auto p = to_cr(path);
  auto pre = to_cr(prefix ? prefix : "");
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  return SetSaveInfo(dev->sdk, p.data(), pre.data(), start_no);
}

TC_API int32_t tc_get_focus_frames(uint64_t device, int32_t kind, tc_focus_frame* out, uint32_t max,
                                   uint32_t* out_count) {
  if (!out_count || (max && !out) || (kind != 1 && kind != 2)) return TC_ERR_INVALID_ARG;
  *out_count = 0;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  CrInt32u code = kind == 1 ? static_cast<CrInt32u>(CrLiveViewProperty_AF_Area_Position)
                            : static_cast<CrInt32u>(CrLiveViewProperty_TrackingFrame);
  CrLiveViewProperty* props = nullptr;
  CrInt32 n = 0;
  CrError err = GetSelectLiveViewProperties(dev->sdk, 1, &code, &props, &n);
  if (err != CrError_None) {
    if (props) ReleaseLiveViewProperties(dev->sdk, props);
    return err;
  }
  uint32_t count = 0;
  auto emit = [&](uint32_t type, uint32_t state, uint32_t prio, CrInt32u xn, CrInt32u xd, CrInt32u yn, CrInt32u yd,
                  CrInt32u w, CrInt32u h) {
    if (count < max) {
      tc_focus_frame& f = out[count];
      f.type = type;
      f.state = state;
      f.priority = prio;
      f.x = xd ? static_cast<int32_t>(static_cast<uint64_t>(xn) * 640 / xd) : 0;
      f.y = yd ? static_cast<int32_t>(static_cast<uint64_t>(yn) * 480 / yd) : 0;
      f.width = w;
      f.height = h;
      f.reserved = 0;
    }
    ++count;
  };
  for (CrInt32 i = 0; i < n; ++i) {
    CrLiveViewProperty& p = props[i];
    const CrInt8u* v = p.GetValue();
    const CrInt32u size = p.GetValueSize();
    if (!v) continue;
    if (p.GetFrameInfoType() == CrFrameInfoType_FocusFrameInfo) {
      for (CrInt32u off = 0; off + sizeof(CrFocusFrameInfo) <= size; off += sizeof(CrFocusFrameInfo)) {
        CrFocusFrameInfo f;
        std::memcpy(static_cast<void*>(&f), v + off, sizeof f);  // packed on the SDK side: copy, never cast
        emit(f.type, f.state, f.priority, f.xNumerator, f.xDenominator, f.yNumerator, f.yDenominator, f.width,
             f.height);
      }
    } else if (p.GetFrameInfoType() == CrFrameInfoType_TrackingFrameInfo) {
      for (CrInt32u off = 0; off + sizeof(CrTrackingFrameInfo) <= size; off += sizeof(CrTrackingFrameInfo)) {
        CrTrackingFrameInfo f;
        std::memcpy(static_cast<void*>(&f), v + off, sizeof f);
        emit(f.type, f.state, f.priority, f.xNumerator, f.xDenominator, f.yNumerator, f.yDenominator, f.width,
             f.height);
      }
    }
  }
  if (props) ReleaseLiveViewProperties(dev->sdk, props);
  *out_count = count;
  return count > max ? TC_ERR_BUFFER_TOO_SMALL : TC_OK;
}

TC_API int32_t tc_live_view_info(uint64_t device, uint32_t* out_size) {
  if (!out_size) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  CrImageInfo info;
  CrError err = GetLiveViewImageInfo(dev->sdk, &info);
  *out_size = err == CrError_None ? info.GetBufferSize() : 0;
  return err;
}

TC_API int32_t tc_grab_live_view(uint64_t device, uint8_t* buf, uint32_t size, tc_frame_info* out) {
  if (!buf || !out) return TC_ERR_INVALID_ARG;
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  std::lock_guard<std::mutex> lock(dev->sdk_mu);
  if (dev->released) return TC_ERR_NOT_CONNECTED;
  CrImageDataBlock block;
  block.SetSize(size);
  block.SetData(buf);
  CrError err = GetLiveViewImage(dev->sdk, &block);
  if (err == CrWarning_Frame_NotUpdated) return TC_ERR_FRAME_NOT_UPDATED;
  if (err == CrError_Memory_Insufficient) return TC_ERR_BUFFER_TOO_SMALL;
  if (err != CrError_None) return err;
  const CrInt8u* image = block.GetImageData();
  const uint32_t image_size = block.GetImageSize();
  if (!image || image_size == 0) return TC_ERR_FRAME_NOT_UPDATED;
  if (image < buf || image + image_size > buf + size) return TC_ERR_INTERNAL;
  // The SDK put a header before the image: move the image to the start of the caller's buffer.
  if (image != buf) std::memmove(buf, image, image_size);
  std::memset(out, 0, sizeof *out);
  out->frame_no = block.GetFrameNo();
  out->timestamp_ms = now_ms();
  out->size = image_size;
  jpeg_dimensions(buf, out->size, out->width, out->height);
  return TC_OK;
}

TC_API int32_t tc_live_view_stream(uint64_t device, int32_t enable, int32_t poll_interval_ms) {
  std::shared_ptr<Device> dev;
  if (int32_t s = usable(device, dev)) return s;
  if (enable)
    dev->start_stream(poll_interval_ms);
  else
    dev->stop_stream();
  return TC_OK;
}

TC_API int32_t tc_copy_latest_frame(uint64_t device, uint64_t last_frame_no, uint8_t* buf, uint32_t size,
                                    tc_frame_info* out) {
  if (!out || (size && !buf)) return TC_ERR_INVALID_ARG;
  auto dev = find_device(device);
  if (!dev) return TC_ERR_INVALID_HANDLE;
  std::lock_guard<std::mutex> lock(dev->frame_mu);
  *out = dev->frame_info;
  if (dev->frame_info.frame_no == 0 || dev->frame_info.frame_no == last_frame_no) return TC_ERR_FRAME_NOT_UPDATED;
  if (size < dev->frame_info.size) return TC_ERR_BUFFER_TOO_SMALL;
  std::memcpy(buf, dev->frame.data() + dev->frame_offset, dev->frame_info.size);
  return TC_OK;
}

}  // extern "C"
