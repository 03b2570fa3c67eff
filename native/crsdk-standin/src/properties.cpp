// The stand-in body's property table: the simulator's ILCE-7M4 (codes, data types, factory values and value
// lists generated from src/main/camera/sim into sim-properties.inc) with the simulator's rules ported here:
// priority-key gating, aperture in M/A, shutter in M/S, BULB only in M, tracking areas only in AF-C, file
// format dependencies, nothing writable in contents-transfer mode. Both drivers offer the same camera.
#include <algorithm>
#include <sstream>

#include "standin.h"

using namespace SCRSDK;

namespace standin {

namespace sim {
/** One generated table row. */
struct Entry {
  uint32_t code;
  CrDataType type;
  int64_t init;
  std::vector<int64_t> values;
  bool settable;
  const char* str;
};
#include "sim-properties.inc"
}  // namespace sim

namespace {

void add(Camera& cam, uint32_t code, CrDataType type, int64_t value, std::vector<int64_t> values, bool settable,
         bool set_only = false, bool hidden = false) {
  Prop p;
  p.code = code;
  p.type = type;
  p.value = value;
  p.values = std::move(values);
  p.settable = settable;
  p.set_only = set_only;
  p.hidden = hidden;
  cam.props[code] = p;
}

bool contains(const std::vector<int64_t>& v, int64_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

void seed_props(Camera& cam) {
  for (const auto& e : sim::entries()) {
    add(cam, e.code, e.type, e.init, e.values, e.settable);
    if (e.type == CrDataType_STR) cam.props[e.code].str = e.str;
  }
  // Command-like properties the driver writes but the simulator does not list: the focus step (set-only, as
  // on the body) and the AF area position (the simulator keeps it internally; so the stand-in does not list
  // it either, to offer the same property set).
  add(cam, CrDeviceProperty_NearFar, CrDataType_Int16, 0, {-7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7}, true, true);
  add(cam, CrDeviceProperty_AF_Area_Position, CrDataType_UInt32, (320 << 16) | 240, {}, true, false, true);
  // Card state the body keeps (the simulator derives it from its card the same way).
  cam.props[sim::kMediaSlot1RemainingPhotos].value = 1843;
  cam.apply_rules_locked();
}

int64_t Camera::get_locked(uint32_t code) const {
  auto it = props.find(code);
  return it == props.end() ? 0 : it->second.value;
}

bool Camera::put_locked(uint32_t code, int64_t v) {
  auto it = props.find(code);
  if (it == props.end() || it->second.value == v) return false;
  it->second.value = v;
  return true;
}

bool Camera::pc_remote_locked() const { return get_locked(sim::kPriorityKey) == sim::kValuePriorityPcRemote; }

void Camera::apply_rules_locked() {
  const int64_t program = get_locked(sim::kExposureProgramMode);
  const bool manual = program == sim::kValueProgramManual;
  // Consequences of the last write, as the body applies them.
  if (!manual && get_locked(sim::kShutterSpeed) == CrShutterSpeed_Bulb)
    props[sim::kShutterSpeed].value = sim::shuttersTimed().front();
  if (get_locked(sim::kShutterSpeed) == CrShutterSpeed_Bulb && get_locked(sim::kIso) == CrISO_AUTO)
    props[sim::kIso].value = 100;
  if (program == sim::kValueProgramAuto) props[sim::kIso].value = CrISO_AUTO;  // intelligent Auto picks the ISO
  const bool afc = get_locked(sim::kFocusMode) == sim::kValueFocusModeAfC;
  auto& area = props[sim::kFocusArea];
  if (!afc && !contains(sim::focusAreasBase(), area.value)) area.value -= 0x10;  // tracking-x → x
  // Value lists that depend on other settings.
  props[sim::kShutterSpeed].values = manual ? sim::shuttersManual() : sim::shuttersTimed();
  props[sim::kIso].values =
      manual && get_locked(sim::kShutterSpeed) == CrShutterSpeed_Bulb ? sim::isoWithBulb() : sim::isoAll();
  area.values = afc ? sim::focusAreasAfC() : sim::focusAreasBase();
  // The ISO in use (no metering in the stand-in: ISO AUTO keeps the last one).
  if (get_locked(sim::kIso) != CrISO_AUTO) props[sim::kIsoCurrent].value = get_locked(sim::kIso);
}

// The simulator's writability rules (src/main/camera/sim/property-table*.ts), before priority-key gating.
bool Camera::writable_locked(const Prop& p) const {
  const int64_t program = get_locked(sim::kExposureProgramMode);
  const bool intelligent_auto = program == sim::kValueProgramAuto;
  const bool manual = program == sim::kValueProgramManual;
  const int64_t file = get_locked(sim::kFileFormat);
  switch (p.code) {
    case sim::kAperture: return manual || program == sim::kValueProgramAperture;
    case sim::kShutterSpeed: return manual || program == sim::kValueProgramShutter;
    case sim::kExposureCompensation:
      return (!manual && !intelligent_auto) || (manual && get_locked(sim::kIso) == CrISO_AUTO);
    case sim::kIso:
    case sim::kWhiteBalance:
    case sim::kDro:
    case sim::kAeLock:
    case sim::kCreativeLook:
    case sim::kHighIsoNr: return !intelligent_auto;
    case sim::kWhiteBalanceColorTemp: return get_locked(sim::kWhiteBalance) == sim::kValueWhiteBalanceColorTemp;
    case sim::kAwbLock: return get_locked(sim::kWhiteBalance) == sim::kValueWhiteBalanceAuto;
    case sim::kFocusArea: return get_locked(sim::kFocusMode) != sim::kValueFocusModeMf;
    case sim::kAfTrackingSensitivity: return get_locked(sim::kFocusMode) == sim::kValueFocusModeAfC;
    case sim::kFocusPosition: return get_locked(sim::kFocusMode) == sim::kValueFocusModeMf;  // settable in MF
    case sim::kImageQuality: return file != sim::kValueFileFormatRaw;
    case sim::kRawCompression: return file != sim::kValueFileFormatJpeg;
    case sim::kImageSize: return file == sim::kValueFileFormatJpeg;
    case sim::kRawJpegPcSaveImage:
      return file == sim::kValueFileFormatRawJpeg &&
             get_locked(sim::kStillImageStoreDestination) != sim::kValueStoreMemoryCard;
    default: return true;
  }
}

CrPropertyEnableFlag Camera::enable_flag_locked(const Prop& p, CrSdkControlMode mode) const {
  if (!p.settable) return CrEnableValue_DisplayOnly;
  if (mode == CrSdkControlMode_ContentsTransfer) return CrEnableValue_DisplayOnly;
  if (p.code == sim::kPriorityKey) return CrEnableValue_True;
  if (!pc_remote_locked() || !writable_locked(p)) return CrEnableValue_DisplayOnly;
  return p.set_only ? CrEnableValue_SetOnly : CrEnableValue_True;
}

std::map<uint32_t, std::string> Camera::snapshot_locked(CrSdkControlMode mode) const {
  std::map<uint32_t, std::string> out;
  for (const auto& kv : props) {
    if (kv.second.hidden) continue;
    std::ostringstream s;
    s << kv.second.value << '|' << enable_flag_locked(kv.second, mode) << '|';
    for (int64_t v : kv.second.values) s << v << ',';
    out[kv.first] = s.str();
  }
  return out;
}

std::vector<uint32_t> Camera::diff(const std::map<uint32_t, std::string>& before,
                                   const std::map<uint32_t, std::string>& after) {
  std::vector<uint32_t> codes;
  for (const auto& kv : after) {
    auto it = before.find(kv.first);
    if (it == before.end() || it->second != kv.second) codes.push_back(kv.first);
  }
  return codes;
}

void Camera::connected_locked(CrSdkControlMode mode) {
  props[sim::kSdkControlMode].value = static_cast<int64_t>(mode);
}

bool Camera::take_busy() {
  int32_t n = busy_calls.load();
  while (n > 0) {
    if (busy_calls.compare_exchange_weak(n, n - 1)) return true;
  }
  return false;
}

std::vector<CrInt16u> to_cr_str(const std::string& s) {
  std::vector<CrInt16u> out;
  out.push_back(0);
  for (unsigned char c : s) out.push_back(c);  // stand-in strings are ASCII
  out.push_back(0);
  out[0] = static_cast<CrInt16u>(out.size() - 1);
  return out;
}

}  // namespace standin
