// The stand-in body's property table: real CRSDK codes and encodings, priority-key gating and the mode rules
// of an ILCE-7M4 (aperture writable in M/A, shutter in M/S, tracking areas only in AF-C, ...).
#include <algorithm>

#include "standin.h"

using namespace SCRSDK;

namespace standin {

namespace {

int64_t ss(int num, int den) { return (static_cast<int64_t>(num) << 16) | den; }

const std::vector<int64_t> kFNumbers = {280, 320, 350, 400, 450, 500, 560, 630, 710, 800,
                                        900, 1000, 1100, 1300, 1400, 1600, 1800, 2000, 2200};

std::vector<int64_t> shutter_speeds() {
  std::vector<int64_t> v;
  for (int tenths : {300, 250, 200, 150, 130, 100, 80, 60, 50, 40, 32, 25, 20, 16, 13, 10, 8, 6, 5, 4})
    v.push_back(ss(tenths, 10));
  for (int den : {3, 4, 5, 6, 8, 10, 13, 15, 20, 25, 30, 40, 50, 60, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640,
                  800, 1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6400, 8000})
    v.push_back(ss(1, den));
  return v;
}

std::vector<int64_t> isos() {
  // AUTO, expanded 50-80 (CrISO_Ext flag), 100-51200, expanded 64000-204800: an ILCE-7M4's stills list.
  std::vector<int64_t> v = {CrISO_AUTO};
  for (int iso : {50, 64, 80}) v.push_back(0x10000000LL | iso);
  for (int iso : {100, 125, 160, 200, 250, 320, 400, 500, 640, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000,
                  6400, 8000, 10000, 12800, 16000, 20000, 25600, 32000, 40000, 51200})
    v.push_back(iso);
  for (int iso : {64000, 80000, 102400, 128000, 160000, 204800}) v.push_back(0x10000000LL | iso);
  return v;
}

// -5.0 ... +5.0 EV in thirds, x1000 as Sony writes them (0.3 / 0.7).
std::vector<int64_t> biases() {
  std::vector<int64_t> v;
  for (int k = -15; k <= 15; ++k) {
    const int a = k < 0 ? -k : k;
    const int mag = (a / 3) * 1000 + (a % 3 == 0 ? 0 : a % 3 == 1 ? 300 : 700);
    v.push_back(k < 0 ? -mag : mag);
  }
  return v;
}

std::vector<int64_t> kelvins() {
  std::vector<int64_t> v;
  for (int k = 2500; k <= 9900; k += 100) v.push_back(k);
  return v;
}

const std::vector<int64_t> kAreasBase = {CrFocusArea_Wide,            CrFocusArea_Zone,
                                         CrFocusArea_Center,          CrFocusArea_Flexible_Spot_S,
                                         CrFocusArea_Flexible_Spot_M, CrFocusArea_Flexible_Spot_L,
                                         CrFocusArea_Expand_Flexible_Spot};

void add(Camera& cam, uint32_t code, CrDataType type, int64_t value, std::vector<int64_t> values, bool settable,
         bool set_only = false) {
  Prop p;
  p.code = code;
  p.type = type;
  p.value = value;
  p.values = std::move(values);
  p.settable = settable;
  p.set_only = set_only;
  cam.props[code] = p;
}

}  // namespace

void seed_props(Camera& cam) {
  add(cam, CrDeviceProperty_S1, CrDataType_UInt16, CrLockIndicator_Unlocked,
      {CrLockIndicator_Unlocked, CrLockIndicator_Locked}, true);
  add(cam, CrDeviceProperty_FNumber, CrDataType_UInt16, 560, kFNumbers, true);
  add(cam, CrDeviceProperty_ExposureBiasCompensation, CrDataType_Int16, 0, biases(), true);
  add(cam, CrDeviceProperty_ShutterSpeed, CrDataType_UInt32, ss(1, 125), shutter_speeds(), true);
  add(cam, CrDeviceProperty_IsoSensitivity, CrDataType_UInt32, 400, isos(), true);
  add(cam, CrDeviceProperty_ExposureProgramMode, CrDataType_UInt32, CrExposure_M_Manual,
      {CrExposure_M_Manual, CrExposure_P_Auto, CrExposure_A_AperturePriority, CrExposure_S_ShutterSpeedPriority},
      true);
  add(cam, CrDeviceProperty_FileType, CrDataType_UInt16, CrFileType_Jpeg,
      {CrFileType_Jpeg, CrFileType_Raw, CrFileType_RawJpeg}, true);
  add(cam, CrDeviceProperty_StillImageQuality, CrDataType_UInt16, CrImageQuality_Fine,
      {CrImageQuality_Light, CrImageQuality_Standard, CrImageQuality_Fine, CrImageQuality_ExFine}, true);
  add(cam, CrDeviceProperty_WhiteBalance, CrDataType_UInt16, CrWhiteBalance_AWB,
      {CrWhiteBalance_AWB, CrWhiteBalance_Daylight, CrWhiteBalance_Shadow, CrWhiteBalance_Cloudy,
       CrWhiteBalance_Tungsten, CrWhiteBalance_Fluorescent_WarmWhite, CrWhiteBalance_Fluorescent_CoolWhite,
       CrWhiteBalance_Fluorescent_DayWhite, CrWhiteBalance_Fluorescent_Daylight, CrWhiteBalance_Flush,
       CrWhiteBalance_ColorTemp, CrWhiteBalance_Custom_1, CrWhiteBalance_Custom_2, CrWhiteBalance_Custom_3},
      true);
  add(cam, CrDeviceProperty_Colortemp, CrDataType_UInt16, 5500, kelvins(), true);
  add(cam, CrDeviceProperty_FocusMode, CrDataType_UInt16, CrFocus_AF_S,
      {CrFocus_MF, CrFocus_AF_S, CrFocus_AF_C, CrFocus_AF_A, CrFocus_DMF}, true);
  add(cam, CrDeviceProperty_FocusArea, CrDataType_UInt16, CrFocusArea_Wide, kAreasBase, true);
  add(cam, CrDeviceProperty_MeteringMode, CrDataType_UInt16, CrMetering_Multi,
      {CrMetering_Multi, CrMetering_CenterWeighted, CrMetering_EntireScreenAverage, CrMetering_Spot_Standard,
       CrMetering_Spot_Large, CrMetering_HighLightWeighted},
      true);
  add(cam, CrDeviceProperty_DriveMode, CrDataType_UInt32, CrDrive_Single,
      {CrDrive_Single, CrDrive_Continuous_Hi_Plus, CrDrive_Continuous_Hi, CrDrive_Continuous_Mid,
       CrDrive_Continuous_Lo, CrDrive_Timer_2s, CrDrive_Timer_5s, CrDrive_Timer_10s},
      true);
  add(cam, CrDeviceProperty_StillImageStoreDestination, CrDataType_UInt16, CrStillImageStoreDestination_HostPC,
      {CrStillImageStoreDestination_HostPC, CrStillImageStoreDestination_MemoryCard,
       CrStillImageStoreDestination_HostPCAndMemoryCard},
      true);
  add(cam, CrDeviceProperty_PriorityKeySettings, CrDataType_UInt16, CrPriorityKey_CameraPosition,
      {CrPriorityKey_CameraPosition, CrPriorityKey_PCRemote}, true);
  add(cam, CrDeviceProperty_AF_Area_Position, CrDataType_UInt32, (320 << 16) | 240, {}, true);
  add(cam, CrDeviceProperty_NearFar, CrDataType_Int16, 0, {-7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7}, true, true);
  add(cam, CrDeviceProperty_Zoom_Operation, CrDataType_Int8, 0, {-1, 0, 1}, true, true);
  add(cam, CrDeviceProperty_LiveView_Image_Quality, CrDataType_UInt16, CrPropertyLiveViewImageQuality_High,
      {CrPropertyLiveViewImageQuality_Low, CrPropertyLiveViewImageQuality_High}, true);
  add(cam, CrDeviceProperty_BatteryRemain, CrDataType_UInt16, 87, {}, false);
  add(cam, CrDeviceProperty_BatteryLevel, CrDataType_UInt32, CrBatteryLevel_4_4, {}, false);
  add(cam, CrDeviceProperty_RecordingState, CrDataType_UInt16, CrMovie_Recording_State_Not_Recording, {}, false);
  add(cam, CrDeviceProperty_LiveViewStatus, CrDataType_UInt16, CrLiveView_Enable, {}, false);
  add(cam, CrDeviceProperty_FocusIndication, CrDataType_UInt32, CrFocusIndicator_Unlocked, {}, false);
  add(cam, CrDeviceProperty_MediaSLOT1_Status, CrDataType_UInt16, CrSlotStatus_OK, {}, false);
  add(cam, CrDeviceProperty_MediaSLOT1_RemainingNumber, CrDataType_UInt32, 1843, {}, false);
  add(cam, CrDeviceProperty_MediaSLOT2_Status, CrDataType_UInt16, CrSlotStatus_NoCard, {}, false);
  add(cam, CrDeviceProperty_MediaSLOT2_RemainingNumber, CrDataType_UInt32, 0, {}, false);
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

bool Camera::pc_remote_locked() const {
  return get_locked(CrDeviceProperty_PriorityKeySettings) == CrPriorityKey_PCRemote;
}

void Camera::apply_rules_locked() {
  // BULB exists only in M.
  auto& shutter = props[CrDeviceProperty_ShutterSpeed];
  shutter.values = shutter_speeds();
  if (get_locked(CrDeviceProperty_ExposureProgramMode) == CrExposure_M_Manual)
    shutter.values.insert(shutter.values.begin(), CrShutterSpeed_Bulb);
  else if (shutter.value == CrShutterSpeed_Bulb)
    shutter.value = ss(1, 125);
  const int64_t focus = get_locked(CrDeviceProperty_FocusMode);
  auto& area = props[CrDeviceProperty_FocusArea];
  area.values = kAreasBase;
  if (focus == CrFocus_AF_C) {
    for (int64_t a : kAreasBase) area.values.push_back(a + 0x10);
  } else if (area.value >= CrFocusArea_Tracking_Wide) {
    area.value -= 0x10;  // tracking only exists in AF-C: fall back to the plain area
  }
}

SCRSDK::CrPropertyEnableFlag Camera::enable_flag_locked(const Prop& p) const {
  if (!p.settable) return CrEnableValue_DisplayOnly;
  if (p.code == CrDeviceProperty_PriorityKeySettings) return CrEnableValue_True;
  if (!pc_remote_locked()) return CrEnableValue_DisplayOnly;
  const int64_t mode = get_locked(CrDeviceProperty_ExposureProgramMode);
  const bool iso_auto = get_locked(CrDeviceProperty_IsoSensitivity) == CrISO_AUTO;
  switch (p.code) {
    case CrDeviceProperty_FNumber:
      return (mode == CrExposure_M_Manual || mode == CrExposure_A_AperturePriority) ? CrEnableValue_True
                                                                                    : CrEnableValue_DisplayOnly;
    case CrDeviceProperty_ShutterSpeed:
      return (mode == CrExposure_M_Manual || mode == CrExposure_S_ShutterSpeedPriority) ? CrEnableValue_True
                                                                                        : CrEnableValue_DisplayOnly;
    case CrDeviceProperty_ExposureBiasCompensation:
      return (mode != CrExposure_M_Manual || iso_auto) ? CrEnableValue_True : CrEnableValue_DisplayOnly;
    case CrDeviceProperty_Colortemp:
      return get_locked(CrDeviceProperty_WhiteBalance) == CrWhiteBalance_ColorTemp ? CrEnableValue_True
                                                                                  : CrEnableValue_DisplayOnly;
    default:
      return p.set_only ? CrEnableValue_SetOnly : CrEnableValue_True;
  }
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
