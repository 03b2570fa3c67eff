// Exported SDK entry points: shooting commands (release, S1+release, movie) and live-view images.
#include <cstring>

#include "standin.h"

using namespace SCRSDK;
using namespace standin;

extern "C" {

CrError SCRSDK::SendCommand(CrDeviceHandle h, CrInt32u id, CrCommandParam param) {
  auto dev = find_device(h);
  if (CrError e = check_link(dev)) return e;
  if (id == CrCommandId_CancelContentsTransfer) {  // transfer control: no priority key needed
    dev->xfer_cancel = true;
    return CrError_None;
  }
  if (dev->cam->take_busy()) return CrError_Adaptor_DeviceBusy;
  {
    std::lock_guard<std::mutex> lock(dev->cam->mu);
    if (!dev->cam->pc_remote_locked()) return CrError_Api_InvalidCalled;
  }
  std::weak_ptr<Device> weak = dev;
  switch (id) {
    case CrCommandId_Release:
      if (param == CrCommandParam_Down) {
        dev->release_down = true;
      } else if (dev->release_down.exchange(false)) {
        dev->sched.after(dev->jitter(30, 90), [weak] {
          if (auto d = weak.lock()) capture(d);
        });
      }
      return CrError_None;
    case CrCommandId_S1andRelease: {
      // Half-press (AF runs), then the release fires once AF had its time, then the half-press ends.
      if (param == CrCommandParam_Down) {
        dev->release_down = true;
        s1(dev, true);
      } else if (dev->release_down.exchange(false)) {
        dev->sched.after(450, [weak] {
          auto d = weak.lock();
          if (!d) return;
          capture(d);
          s1(d, false);
        });
      }
      return CrError_None;
    }
    case CrCommandId_MovieRecord:
    case CrCommandId_MovieRecButtonToggle: {
      bool toggle = id == CrCommandId_MovieRecButtonToggle;
      if (toggle && param == CrCommandParam_Down) {
        dev->movie_toggle_down = true;
        return CrError_None;
      }
      if (toggle && !dev->movie_toggle_down.exchange(false)) return CrError_None;
      dev->sched.after(dev->jitter(40, 120), [weak, toggle, param] {
        auto d = weak.lock();
        if (!d) return;
        bool changed;
        {
          std::lock_guard<std::mutex> lock(d->cam->mu);
          int64_t cur = d->cam->get_locked(CrDeviceProperty_RecordingState);
          int64_t next = toggle ? (cur == CrMovie_Recording_State_Recording ? CrMovie_Recording_State_Not_Recording
                                                                             : CrMovie_Recording_State_Recording)
                                : (param == CrCommandParam_Down ? CrMovie_Recording_State_Recording
                                                                : CrMovie_Recording_State_Not_Recording);
          changed = d->cam->put_locked(CrDeviceProperty_RecordingState, next);
        }
        if (changed) d->fire_codes({CrDeviceProperty_RecordingState});
      });
      return CrError_None;
    }
    case CrCommandId_CancelShooting:
    case CrCommandId_CancelRemoteTouchOperation:
      return CrError_None;
    default:
      return CrError_Generic_NotSupported;
  }
}

CrError SCRSDK::GetLiveViewImageInfo(CrDeviceHandle h, CrImageInfo* info) {
  auto dev = find_device(h);
  if (!info) return CrError_Generic_InvalidParameter;
  if (CrError e = check_link(dev)) return e;
  const auto& fx = fixtures();
  ImageAccess::set_info(*info, fx.frame_w, fx.frame_h, fx.max_frame + kImageHeader + 4096);
  return CrError_None;
}

CrError SCRSDK::GetLiveViewImage(CrDeviceHandle h, CrImageDataBlock* block) {
  auto dev = find_device(h);
  if (!block) return CrError_Generic_InvalidParameter;
  if (CrError e = check_link(dev)) return e;
  if (dev->mode == CrSdkControlMode_ContentsTransfer || !dev->lv_enabled.load()) return CrError_Api_InvalidCalled;
  const auto& fx = fixtures();
  if (fx.frames.empty()) return CrError_Generic_NotSupported;
  std::lock_guard<std::mutex> lock(dev->lv_mu);
  const uint32_t frame = dev->lv_frame.load();
  if (frame == 0 || frame == dev->lv_last_read) return CrWarning_Frame_NotUpdated;
  const auto& jpeg = fx.frames[frame % fx.frames.size()];
  if (CrError e = ImageAccess::write(*block, frame, jpeg)) return e;
  dev->lv_last_read = frame;
  return CrError_None;
}

}  // extern "C"
