#include "text.h"

#include <cstring>

namespace tc {

namespace {
void put_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::u16string utf8_to_utf16(const std::string& s) {
  std::u16string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    size_t len;
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1F; len = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0F; len = 3; }
    else { cp = c & 0x07; len = 4; }
    if (i + len > s.size()) break;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}
}  // namespace

void copy_field(char* dst, size_t size, const std::string& s) {
  if (!dst || size == 0) return;
  size_t n = s.size() < size - 1 ? s.size() : size - 1;
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // UTF-8 boundary
  std::memcpy(dst, s.data(), n);
  dst[n] = '\0';
}

std::string utf16_to_utf8(const uint16_t* s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n && s[i]; ++i) {
    uint32_t cp = s[i];
    if (i == 0 && cp == 0xFEFF) continue;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    }
    put_utf8(out, cp);
  }
  return out;
}

std::string from_cr(const CrChar* s) {
  if (!s) return std::string();
#if defined(_WIN32)
  size_t n = 0;
  while (s[n]) ++n;
  std::vector<uint16_t> w(s, s + n);
  return utf16_to_utf8(w.data(), w.size());
#else
  return std::string(s);
#endif
}

std::vector<CrChar> to_cr(const std::string& s) {
#if defined(_WIN32)
  std::u16string w = utf8_to_utf16(s);
  std::vector<CrChar> out(w.begin(), w.end());
#else
  (void)utf8_to_utf16;
  std::vector<CrChar> out(s.begin(), s.end());
#endif
  out.push_back(0);
  return out;
}

std::string from_cr_str(const CrInt16u* s) {
  if (!s || s[0] == 0) return std::string();
  return utf16_to_utf8(reinterpret_cast<const uint16_t*>(s + 1), s[0]);
}

std::string path_to_utf8(const CrInt8u* s, size_t n) { return path_to_utf8(reinterpret_cast<const char*>(s), n); }

std::string path_to_utf8(const char* s, size_t n) {
  if (!s) return std::string();
  size_t len = 0;
  while ((n == 0 || len < n) && s[len]) ++len;
  return std::string(s, len);
}

std::string path_to_utf8(const wchar_t* s, size_t n) {
  if (!s) return std::string();
  std::vector<uint16_t> w;
  for (size_t i = 0; (n == 0 || i < n) && s[i]; ++i) w.push_back(static_cast<uint16_t>(s[i]));
  return utf16_to_utf8(w.data(), w.size());
}

}  // namespace tc
