// String conversions at the seam: UTF-8 (ABI) <-> CrChar (UTF-16 wchar_t on Windows, UTF-8 elsewhere), and the
// SDK's length-prefixed UTF-16 property strings.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "CameraRemote_SDK.h"

namespace tc {

/** Copies `s` into a fixed field, always NUL-terminated, truncating on a UTF-8 boundary. */
void copy_field(char* dst, size_t size, const std::string& s);
std::string utf16_to_utf8(const uint16_t* s, size_t n);
/** SDK CrChar string to UTF-8 (nullptr gives ""). */
std::string from_cr(const CrChar* s);
/** UTF-8 to a NUL-terminated CrChar buffer for SDK calls. */
std::vector<CrChar> to_cr(const std::string& s);
/** CRSDK property string: element 0 is the length in UTF-16 units (terminator included). */
std::string from_cr_str(const CrInt16u* s);
/** Card paths come as bytes in some SDK builds and as CrChar in others. */
std::string path_to_utf8(const CrInt8u* s, size_t n);
std::string path_to_utf8(const char* s, size_t n);
std::string path_to_utf8(const wchar_t* s, size_t n);

}  // namespace tc
