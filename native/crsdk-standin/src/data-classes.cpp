// Member functions of the SDK's value classes (properties, image blocks, listings).
#include <cstring>
#include <ctime>

#include "standin.h"

namespace {
template <typename T>
T* dup_array(const T* src, size_t n) {
  if (!src || n == 0) return nullptr;
  T* out = new T[n];
  std::memcpy(out, src, n * sizeof(T));
  return out;
}
size_t cr_str_len(const CrInt16u* s) { return s ? static_cast<size_t>(s[0]) + 1 : 0; }
size_t chars_len(const CrChar* s) {
  if (!s) return 0;
  size_t n = 0;
  while (s[n]) ++n;
  return n + 1;
}
}  // namespace

namespace SCRSDK {

// ---- CrDeviceProperty ----
CrDeviceProperty::CrDeviceProperty()
    : code(0), valueType(CrDataType_Undefined), enableFlag(CrEnableValue_NotSupported),
      variableFlag(CrEnableValue_Invalid), currentValue(0), currentStr(nullptr), valuesSize(0), values(nullptr),
      getSetValuesSize(0), getSetValues(nullptr) {}
CrDeviceProperty::~CrDeviceProperty() { Free(); }
CrDeviceProperty::CrDeviceProperty(const CrDeviceProperty& ref)
    : currentStr(nullptr), values(nullptr), getSetValuesSize(0), getSetValues(nullptr) {
  *this = ref;
}
CrDeviceProperty& CrDeviceProperty::operator=(const CrDeviceProperty& ref) {
  if (this == &ref) return *this;
  Free();
  code = ref.code;
  valueType = ref.valueType;
  enableFlag = ref.enableFlag;
  variableFlag = ref.variableFlag;
  currentValue = ref.currentValue;
  currentStr = dup_array(ref.currentStr, cr_str_len(ref.currentStr));
  valuesSize = ref.valuesSize;
  values = dup_array(ref.values, ref.valuesSize);
  return *this;
}
void CrDeviceProperty::Free() {
  delete[] currentStr;
  delete[] values;
  delete[] getSetValues;
  currentStr = nullptr;
  values = nullptr;
  getSetValues = nullptr;
  getSetValuesSize = 0;
}
bool CrDeviceProperty::IsGetEnableCurrentValue() const {
  return enableFlag == CrEnableValue_True || enableFlag == CrEnableValue_DisplayOnly;
}
bool CrDeviceProperty::IsSetEnableCurrentValue() const {
  return enableFlag == CrEnableValue_True || enableFlag == CrEnableValue_SetOnly;
}
void CrDeviceProperty::SetCode(CrInt32u c) { code = c; }
CrInt32u CrDeviceProperty::GetCode() const { return code; }
void CrDeviceProperty::SetValueType(CrDataType t) { valueType = t; }
CrDataType CrDeviceProperty::GetValueType() const { return valueType; }
CrPropertyEnableFlag CrDeviceProperty::GetPropertyEnableFlag() const { return enableFlag; }
CrPropertyVariableFlag CrDeviceProperty::GetPropertyVariableFlag() const { return variableFlag; }
void CrDeviceProperty::SetCurrentValue(CrInt64u v) { currentValue = v; }
CrInt64u CrDeviceProperty::GetCurrentValue() const { return currentValue; }
void CrDeviceProperty::SetCurrentStr(CrInt16u* s) {
  delete[] currentStr;
  currentStr = dup_array(s, cr_str_len(s));
}
CrInt16u* CrDeviceProperty::GetCurrentStr() const { return currentStr; }
CrInt32u CrDeviceProperty::GetValueSize() const { return valuesSize; }
CrInt8u* CrDeviceProperty::GetValues() const { return values; }


// ---- CrLiveViewProperty ----
CrLiveViewProperty::CrLiveViewProperty()
    : code(0), enableFlag(CrEnableValue_NotSupported), valueType(CrFrameInfoType_Unknown), valueSize(0),
      value(nullptr), timeCode(0) {}
CrLiveViewProperty::~CrLiveViewProperty() { Free(); }
CrLiveViewProperty::CrLiveViewProperty(const CrLiveViewProperty& ref) : value(nullptr) { *this = ref; }
CrLiveViewProperty& CrLiveViewProperty::operator=(const CrLiveViewProperty& ref) {
  if (this == &ref) return *this;
  Free();
  code = ref.code;
  enableFlag = ref.enableFlag;
  valueType = ref.valueType;
  valueSize = ref.valueSize;
  value = dup_array(ref.value, ref.valueSize);
  timeCode = ref.timeCode;
  return *this;
}
void CrLiveViewProperty::Free() {
  delete[] value;
  value = nullptr;
}
bool CrLiveViewProperty::IsGetEnableCurrentValue() const { return enableFlag == CrEnableValue_True; }
CrInt32u CrLiveViewProperty::GetCode() const { return code; }
CrPropertyEnableFlag CrLiveViewProperty::GetPropertyEnableFlag() const { return enableFlag; }
CrFrameInfoType CrLiveViewProperty::GetFrameInfoType() const { return valueType; }
CrInt32u CrLiveViewProperty::GetValueSize() const { return valueSize; }
CrInt8u* CrLiveViewProperty::GetValue() const { return value; }
CrInt32u CrLiveViewProperty::GetTimeCode() const { return timeCode; }

// ---- CrImageInfo / CrImageDataBlock ----
CrImageInfo::CrImageInfo() : width(0), height(0), bufferSize(0) {}
CrImageInfo::~CrImageInfo() {}
CrInt32u CrImageInfo::GetBufferSize() const { return bufferSize; }
CrImageDataBlock::CrImageDataBlock() : frameNo(0), size(0), pData(nullptr), imageSize(0), timeCode(0) {}
CrImageDataBlock::~CrImageDataBlock() {}
CrInt32u CrImageDataBlock::GetFrameNo() const { return frameNo; }
void CrImageDataBlock::SetSize(CrInt32u s) { size = s; }
CrInt32u CrImageDataBlock::GetSize() const { return size; }
void CrImageDataBlock::SetData(CrInt8u* d) { pData = d; }
// The image starts at the offset the SDK stored in the buffer's first 4 bytes, as long as the image is at most
// kMaxOffsetImage bytes and the offset fits; otherwise both getters describe the raw buffer (Sony's rule).
CrInt32u CrImageDataBlock::GetImageSize() const {
  if (!pData || imageSize > standin::kMaxOffsetImage) return imageSize;
  CrInt32u offset;
  std::memcpy(&offset, pData, sizeof offset);
  return offset <= imageSize ? imageSize - offset : imageSize;
}
CrInt8u* CrImageDataBlock::GetImageData() const {
  if (!pData || imageSize == 0) return pData;
  CrInt32u offset;
  std::memcpy(&offset, pData, sizeof offset);
  if (imageSize < offset || imageSize > standin::kMaxOffsetImage) return pData;
  return pData + offset;
}
CrInt32u CrImageDataBlock::GetTimeCode() const { return timeCode; }


// ---- MTP listings ----
CrMtpFolderInfo::CrMtpFolderInfo() : handle(0), folderNameSize(0), folderName(nullptr) {}
CrMtpFolderInfo::~CrMtpFolderInfo() { delete[] folderName; }
CrMtpFolderInfo::CrMtpFolderInfo(const CrMtpFolderInfo& ref) : folderName(nullptr) { *this = ref; }
CrMtpFolderInfo& CrMtpFolderInfo::operator=(const CrMtpFolderInfo& ref) {
  if (this == &ref) return *this;
  delete[] folderName;
  handle = ref.handle;
  folderNameSize = ref.folderNameSize;
  folderName = dup_array(ref.folderName, chars_len(ref.folderName));
  return *this;
}
CrMtpContentsInfo::CrMtpContentsInfo()
    : handle(0), parentFolderHandle(0), contentSize(0), dateChar{}, width(0), height(0), fileNameSize(0),
      fileName(nullptr) {}
CrMtpContentsInfo::~CrMtpContentsInfo() { delete[] fileName; }
CrMtpContentsInfo::CrMtpContentsInfo(const CrMtpContentsInfo& ref) : fileName(nullptr) { *this = ref; }
CrMtpContentsInfo& CrMtpContentsInfo::operator=(const CrMtpContentsInfo& ref) {
  if (this == &ref) return *this;
  delete[] fileName;
  handle = ref.handle;
  parentFolderHandle = ref.parentFolderHandle;
  contentSize = ref.contentSize;
  std::memcpy(dateChar, ref.dateChar, sizeof(dateChar));
  width = ref.width;
  height = ref.height;
  fileNameSize = ref.fileNameSize;
  fileName = dup_array(ref.fileName, chars_len(ref.fileName));
  return *this;
}

// ---- remote transfer listings ----
CrCaptureDate::CrCaptureDate() : year(0), month(0), day(0), hour(0), minute(0), sec(0), msec(0) {}
CrCaptureDate::~CrCaptureDate() {}
CrCaptureDate::CrCaptureDate(const CrInt64u& unixTime) : msec(0) {
  const std::time_t t = static_cast<std::time_t>(unixTime);
  std::tm tm{};
#if defined(_WIN32)
  gmtime_s(&tm, &t);
#else
  gmtime_r(&t, &tm);
#endif
  year = static_cast<CrInt16u>(tm.tm_year + 1900);
  month = static_cast<CrInt16u>(tm.tm_mon + 1);
  day = static_cast<CrInt16u>(tm.tm_mday);
  hour = static_cast<CrInt16u>(tm.tm_hour);
  minute = static_cast<CrInt16u>(tm.tm_min);
  sec = static_cast<CrInt16u>(tm.tm_sec);
}
CrCaptureDate::CrCaptureDate(const CrCaptureDate& ref) = default;
CrCaptureDate& CrCaptureDate::operator=(const CrCaptureDate& ref) = default;
bool CrCaptureDate::operator==(const CrCaptureDate& o) {
  return year == o.year && month == o.month && day == o.day && hour == o.hour && minute == o.minute && sec == o.sec;
}
CrContentsFile::CrContentsFile()
    : fileId(0), filePathLength(0), filePath(nullptr), fileFormat(CrContentsFile_FileFormat_Unspecified), fileSize(0),
      umid{}, isImageParamExsist(false), imageParam{0, 0} {}
CrContentsFile::~CrContentsFile() { delete[] filePath; }
CrContentsFile::CrContentsFile(const CrContentsFile& ref) : filePath(nullptr) { *this = ref; }
CrContentsFile& CrContentsFile::operator=(const CrContentsFile& ref) {
  if (this == &ref) return *this;
  delete[] filePath;
  fileId = ref.fileId;
  fileFormat = ref.fileFormat;
  fileSize = ref.fileSize;
  std::memcpy(umid, ref.umid, sizeof umid);
  isImageParamExsist = ref.isImageParamExsist;
  imageParam = ref.imageParam;
  filePathLength = ref.filePathLength;
  filePath = dup_array(ref.filePath, ref.filePathLength + 1);
  return *this;
}
CrContentsInfo::CrContentsInfo()
    : contentType(CrContentsInfo_ContentType_Unspecified), contentId(0), dirNumber(0), fileNumber(0),
      groupType(CrContentsInfo_GroupType_Unspecified), groupId(0), representative(false),
      rating(CrContentsInfo_Rating_Nothing), protectionStatus(false), dummyContent(false), shotMarkNum(0),
      shotMark(nullptr), filesNum(0), files(nullptr) {}
CrContentsInfo::~CrContentsInfo() { delete[] files; }
CrContentsInfo::CrContentsInfo(const CrContentsInfo& ref) : files(nullptr) { *this = ref; }
CrContentsInfo& CrContentsInfo::operator=(const CrContentsInfo& ref) {
  if (this == &ref) return *this;
  delete[] files;
  contentType = ref.contentType;
  contentId = ref.contentId;
  dirNumber = ref.dirNumber;
  fileNumber = ref.fileNumber;
  groupType = ref.groupType;
  groupId = ref.groupId;
  representative = ref.representative;
  creationDatetimeUTC = ref.creationDatetimeUTC;
  modificationDatetimeUTC = ref.modificationDatetimeUTC;
  creationDatetimeLocaltime = ref.creationDatetimeLocaltime;
  modificationDatetimeLocaltime = ref.modificationDatetimeLocaltime;
  rating = ref.rating;
  protectionStatus = ref.protectionStatus;
  dummyContent = ref.dummyContent;
  shotMarkNum = 0;
  shotMark = nullptr;
  filesNum = ref.filesNum;
  files = nullptr;
  if (ref.files && ref.filesNum) {
    files = new CrContentsFile[ref.filesNum];
    for (CrInt32u i = 0; i < ref.filesNum; ++i) files[i] = ref.files[i];
  }
  return *this;
}

}  // namespace SCRSDK

namespace standin {

void PropertyAccess::fill(SCRSDK::CrDeviceProperty& p, CrInt32u code, SCRSDK::CrDataType type,
                          SCRSDK::CrPropertyEnableFlag enable, SCRSDK::CrPropertyVariableFlag variable, CrInt64u current,
                          const CrInt8u* values, CrInt32u values_size, const CrInt16u* str) {
  p.Free();
  p.code = code;
  p.valueType = type;
  p.enableFlag = enable;
  p.variableFlag = variable;
  p.currentValue = current;
  p.valuesSize = values_size;
  p.values = dup_array(values, values_size);
  p.currentStr = dup_array(str, cr_str_len(str));
}

void PropertyAccess::fill(SCRSDK::CrLiveViewProperty& p, CrInt32u code, SCRSDK::CrFrameInfoType type,
                          const CrInt8u* value, CrInt32u size) {
  p.Free();
  p.code = code;
  p.enableFlag = SCRSDK::CrEnableValue_True;
  p.valueType = type;
  p.valueSize = size;
  p.value = dup_array(value, size);
}

void ImageAccess::set_info(SCRSDK::CrImageInfo& info, CrInt32u width, CrInt32u height, CrInt32u buffer_size) {
  info.width = width;
  info.height = height;
  info.bufferSize = buffer_size;
}

SCRSDK::CrError ImageAccess::write(SCRSDK::CrImageDataBlock& block, CrInt32u frame, const std::vector<uint8_t>& image) {
  // Small images get the offset header the real SDK writes; larger ones start at the buffer (Sony's rule).
  const bool header = image.size() + kImageHeader <= kMaxOffsetImage;
  const size_t total = image.size() + (header ? kImageHeader : 0);
  if (!block.pData || block.size < total) return SCRSDK::CrError_Memory_Insufficient;
  if (header) {
    const CrInt32u offset = kImageHeader;
    std::memcpy(block.pData, &offset, sizeof offset);
    // The rest of the header is filler no JPEG decoder would accept, so a caller that ignores the offset fails.
    std::memset(block.pData + sizeof offset, 0xA5, kImageHeader - sizeof offset);
  }
  std::memcpy(block.pData + (header ? kImageHeader : 0), image.data(), image.size());
  block.frameNo = frame;
  block.imageSize = static_cast<CrInt32u>(total);
  return SCRSDK::CrError_None;
}

}  // namespace standin
