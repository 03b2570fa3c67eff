// Stand-in declaration of the CRSDK image buffer classes (live view, thumbnails).
#ifndef CRIMAGEDATABLOCK_H
#define CRIMAGEDATABLOCK_H

#include "CrDefines.h"

namespace SCRSDK {

class SCRSDK_API CrImageInfo {
 public:
  CrImageInfo();
  ~CrImageInfo();
  CrInt32u GetBufferSize();
  void StandInSet(CrInt32u w, CrInt32u h, CrInt32u size);

 private:
  CrInt32u width;
  CrInt32u height;
  CrInt32u bufferSize;
};

// The caller owns the buffer: SetSize + SetData, then the SDK writes the image and its size.
class SCRSDK_API CrImageDataBlock {
 public:
  CrImageDataBlock();
  ~CrImageDataBlock();
  CrInt32u GetFrameNo();
  void SetSize(CrInt32u size);
  CrInt32u GetSize();
  void SetData(CrInt8u* data);
  CrInt32u GetImageSize();
  CrInt8u* GetImageData();
  CrInt32u GetTimeCode();
  void StandInSetResult(CrInt32u frame, CrInt32u imageSize);

 private:
  CrInt32u frameNo;
  CrInt32u size;
  CrInt8u* pData;
  CrInt32u imageSize;
  CrInt32u timeCode;
};

}  // namespace SCRSDK

#endif  // CRIMAGEDATABLOCK_H
