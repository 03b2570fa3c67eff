// Member functions of the SDK's value classes (properties, image blocks, listings).
#include <cstring>

#include "standin.h"

namespace SCRSDK {

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

// ---- CrDeviceProperty ----
CrDeviceProperty::CrDeviceProperty()
    : code(0), valueType(CrDataType_Undefined), enableFlag(CrEnableValue_NotSupported),
      variableFlag(CrEnableValue_Invalid), currentValue(0), currentStr(nullptr), valuesSize(0), values(nullptr) {}
CrDeviceProperty::~CrDeviceProperty() { Free(); }
CrDeviceProperty::CrDeviceProperty(const CrDeviceProperty& ref) : currentStr(nullptr), values(nullptr) { *this = ref; }
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
  currentStr = nullptr;
  values = nullptr;
}
bool CrDeviceProperty::IsGetEnableCurrentValue() {
  return enableFlag == CrEnableValue_True || enableFlag == CrEnableValue_DisplayOnly;
}
bool CrDeviceProperty::IsSetEnableCurrentValue() {
  return enableFlag == CrEnableValue_True || enableFlag == CrEnableValue_SetOnly;
}
void CrDeviceProperty::SetCode(CrInt32u c) { code = c; }
CrInt32u CrDeviceProperty::GetCode() { return code; }
void CrDeviceProperty::SetValueType(CrDataType t) { valueType = t; }
CrDataType CrDeviceProperty::GetValueType() { return valueType; }
CrPropertyEnableFlag CrDeviceProperty::GetPropertyEnableFlag() { return enableFlag; }
CrPropertyVariableFlag CrDeviceProperty::GetPropertyVariableFlag() { return variableFlag; }
void CrDeviceProperty::SetCurrentValue(CrInt64u v) { currentValue = v; }
CrInt64u CrDeviceProperty::GetCurrentValue() { return currentValue; }
void CrDeviceProperty::SetCurrentStr(CrInt16u* s) {
  delete[] currentStr;
  currentStr = dup_array(s, cr_str_len(s));
}
CrInt16u* CrDeviceProperty::GetCurrentStr() { return currentStr; }
CrInt32u CrDeviceProperty::GetValueSize() { return valuesSize; }
CrInt8u* CrDeviceProperty::GetValues() { return values; }
void CrDeviceProperty::StandInFill(CrInt32u c, CrDataType t, CrPropertyEnableFlag e, CrPropertyVariableFlag v,
                                   CrInt64u cur, const CrInt8u* vals, CrInt32u size, const CrInt16u* str) {
  Free();
  code = c;
  valueType = t;
  enableFlag = e;
  variableFlag = v;
  currentValue = cur;
  valuesSize = size;
  values = dup_array(vals, size);
  currentStr = dup_array(str, cr_str_len(str));
}

// ---- CrLiveViewProperty ----
CrLiveViewProperty::CrLiveViewProperty()
    : code(0), enableFlag(CrEnableValue_NotSupported), valueType(CrFrameInfoType_Unknown), valueSize(0),
      value(nullptr) {}
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
  return *this;
}
void CrLiveViewProperty::Free() {
  delete[] value;
  value = nullptr;
}
bool CrLiveViewProperty::IsGetEnableCurrentValue() { return enableFlag == CrEnableValue_True; }
CrInt32u CrLiveViewProperty::GetCode() { return code; }
CrPropertyEnableFlag CrLiveViewProperty::GetPropertyEnableFlag() { return enableFlag; }
CrFrameInfoType CrLiveViewProperty::GetFrameInfoType() { return valueType; }
CrInt32u CrLiveViewProperty::GetValueSize() { return valueSize; }
CrInt8u* CrLiveViewProperty::GetValue() { return value; }
void CrLiveViewProperty::StandInFill(CrInt32u c, CrFrameInfoType t, const CrInt8u* v, CrInt32u size) {
  Free();
  code = c;
  enableFlag = CrEnableValue_True;
  valueType = t;
  valueSize = size;
  value = dup_array(v, size);
}

// ---- CrImageInfo / CrImageDataBlock ----
CrImageInfo::CrImageInfo() : width(0), height(0), bufferSize(0) {}
CrImageInfo::~CrImageInfo() {}
CrInt32u CrImageInfo::GetBufferSize() { return bufferSize; }
void CrImageInfo::StandInSet(CrInt32u w, CrInt32u h, CrInt32u size) {
  width = w;
  height = h;
  bufferSize = size;
}
CrImageDataBlock::CrImageDataBlock() : frameNo(0), size(0), pData(nullptr), imageSize(0), timeCode(0) {}
CrImageDataBlock::~CrImageDataBlock() {}
CrInt32u CrImageDataBlock::GetFrameNo() { return frameNo; }
void CrImageDataBlock::SetSize(CrInt32u s) { size = s; }
CrInt32u CrImageDataBlock::GetSize() { return size; }
void CrImageDataBlock::SetData(CrInt8u* d) { pData = d; }
CrInt32u CrImageDataBlock::GetImageSize() { return imageSize; }
CrInt8u* CrImageDataBlock::GetImageData() { return pData; }
CrInt32u CrImageDataBlock::GetTimeCode() { return timeCode; }
void CrImageDataBlock::StandInSetResult(CrInt32u frame, CrInt32u image) {
  frameNo = frame;
  imageSize = image;
}

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
CrCaptureDate::CrCaptureDate(CrInt64u packed)
    : year(static_cast<CrInt16u>(packed >> 48)), month(static_cast<CrInt8u>(packed >> 40)),
      day(static_cast<CrInt8u>(packed >> 32)), hour(static_cast<CrInt8u>(packed >> 24)),
      minute(static_cast<CrInt8u>(packed >> 16)), sec(static_cast<CrInt8u>(packed >> 8)), msec(0) {}
bool CrCaptureDate::operator==(const CrCaptureDate& o) const {
  return year == o.year && month == o.month && day == o.day && hour == o.hour && minute == o.minute && sec == o.sec;
}
CrContentsFile::CrContentsFile()
    : fileId(0), fileFormat(CrContentsFile_FileFormat_Unknown), fileSize(0), isImageParamExsist(false),
      imageParam{0, 0}, filePathLength(0), filePath(nullptr) {}
CrContentsFile::~CrContentsFile() { delete[] filePath; }
CrContentsFile::CrContentsFile(const CrContentsFile& ref) : filePath(nullptr) { *this = ref; }
CrContentsFile& CrContentsFile::operator=(const CrContentsFile& ref) {
  if (this == &ref) return *this;
  delete[] filePath;
  fileId = ref.fileId;
  fileFormat = ref.fileFormat;
  fileSize = ref.fileSize;
  isImageParamExsist = ref.isImageParamExsist;
  imageParam = ref.imageParam;
  filePathLength = ref.filePathLength;
  filePath = dup_array(ref.filePath, ref.filePathLength + 1);
  return *this;
}
CrContentsInfo::CrContentsInfo()
    : contentId(0), fileNumber(0), dirNumber(0), contentType(0), dummyContent(false), filesNum(0), files(nullptr) {}
CrContentsInfo::~CrContentsInfo() { delete[] files; }
CrContentsInfo::CrContentsInfo(const CrContentsInfo& ref) : files(nullptr) { *this = ref; }
CrContentsInfo& CrContentsInfo::operator=(const CrContentsInfo& ref) {
  if (this == &ref) return *this;
  delete[] files;
  contentId = ref.contentId;
  fileNumber = ref.fileNumber;
  dirNumber = ref.dirNumber;
  contentType = ref.contentType;
  creationDatetimeLocaltime = ref.creationDatetimeLocaltime;
  modificationDatetimeUTC = ref.modificationDatetimeUTC;
  dummyContent = ref.dummyContent;
  filesNum = ref.filesNum;
  files = nullptr;
  if (ref.files && ref.filesNum) {
    files = new CrContentsFile[ref.filesNum];
    for (CrInt32u i = 0; i < ref.filesNum; ++i) files[i] = ref.files[i];
  }
  return *this;
}

}  // namespace SCRSDK
