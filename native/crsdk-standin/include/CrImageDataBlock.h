// Stand-in declaration of the CRSDK image buffer classes (live view, thumbnails).
//
// Buffer semantics as in Sony's Cr_Core (measured on v2.00): the caller owns the buffer (SetSize + SetData);
// the SDK writes a small header whose first 4 bytes hold the offset of the image, then the image. While the
// image size is at most 500000 bytes, GetImageData() returns pData + offset and GetImageSize() returns the
// size minus that offset; otherwise (or when the offset does not fit) both describe the raw buffer. Callers
// must always use GetImageData()/GetImageSize(), never pData itself.
#ifndef CRIMAGEDATABLOCK_H
#define CRIMAGEDATABLOCK_H

#include "CrDefines.h"

namespace standin {
struct ImageAccess;  // the stand-in's own writer (not part of Sony's surface)
}

namespace SCRSDK {

class SCRSDK_API CrImageInfo {
 public:
  CrImageInfo();
  ~CrImageInfo();
  CrInt32u GetBufferSize() const;

 private:
  friend struct ::standin::ImageAccess;
  CrInt32u width;
  CrInt32u height;
  CrInt32u bufferSize;
};

class SCRSDK_API CrImageDataBlock {
 public:
  CrImageDataBlock();
  ~CrImageDataBlock();
  CrInt32u GetFrameNo() const;
  void SetSize(CrInt32u size);
  CrInt32u GetSize() const;
  void SetData(CrInt8u* data);
  CrInt32u GetImageSize() const;
  CrInt8u* GetImageData() const;
  CrInt32u GetTimeCode() const;

 private:
  friend struct ::standin::ImageAccess;
  CrInt32u frameNo;
  // Buffer size (bytes) of pData.
  CrInt32u size;
  // The caller's buffer: offset header, then the image.
  CrInt8u* pData;
  // Bytes the SDK wrote, header included.
  CrInt32u imageSize;
  CrInt32u timeCode;
};

}  // namespace SCRSDK

#endif  // CRIMAGEDATABLOCK_H
