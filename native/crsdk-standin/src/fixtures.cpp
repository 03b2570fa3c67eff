// JPEG fixtures generated at build time (native/build.mjs, sharp) and loaded from `standin-fixtures/` next to
// the library, or from $TETHER_STANDIN_FIXTURES.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#if defined(_WIN32)
#include <windows.h>
#else
#include <dlfcn.h>
#endif

#include "standin.h"

namespace standin {

namespace {

std::vector<uint8_t> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string library_dir() {
#if defined(_WIN32)
  char buf[MAX_PATH] = {0};
  HMODULE mod = nullptr;
  GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                     reinterpret_cast<LPCSTR>(&library_dir), &mod);
  GetModuleFileNameA(mod, buf, MAX_PATH);
  std::string p(buf);
  return p.substr(0, p.find_last_of("\\/"));
#else
  Dl_info info{};
  if (!dladdr(reinterpret_cast<void*>(&library_dir), &info) || !info.dli_fname) return ".";
  std::string p(info.dli_fname);
  auto slash = p.find_last_of('/');
  return slash == std::string::npos ? "." : p.substr(0, slash);
#endif
}

// Width and height from the first SOF marker.
void jpeg_size(const std::vector<uint8_t>& j, uint32_t& w, uint32_t& h) {
  for (size_t i = 2; i + 9 < j.size();) {
    if (j[i] != 0xFF) return;
    uint8_t m = j[i + 1];
    size_t len = (static_cast<size_t>(j[i + 2]) << 8) | j[i + 3];
    if (m >= 0xC0 && m <= 0xC3) {
      h = (static_cast<uint32_t>(j[i + 5]) << 8) | j[i + 6];
      w = (static_cast<uint32_t>(j[i + 7]) << 8) | j[i + 8];
      return;
    }
    i += 2 + len;
  }
}

Fixtures load() {
  Fixtures fx;
  const char* env = std::getenv("TETHER_STANDIN_FIXTURES");
  const std::string dir = env && *env ? std::string(env) : library_dir() + "/standin-fixtures";
  for (int i = 0; i < 100; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/lv-%02d.jpg", i);
    auto bytes = read_all(dir + name);
    if (bytes.empty()) break;
    fx.max_frame = std::max<uint32_t>(fx.max_frame, static_cast<uint32_t>(bytes.size()));
    fx.frames.push_back(std::move(bytes));
  }
  if (!fx.frames.empty()) jpeg_size(fx.frames[0], fx.frame_w, fx.frame_h);
  fx.thumb = read_all(dir + "/thumb.jpg");
  fx.screennail = read_all(dir + "/screennail.jpg");
  fx.shot = read_all(dir + "/shot.jpg");
  if (fx.frames.empty()) std::fprintf(stderr, "[Cr_Core stand-in] no live-view fixtures in %s\n", dir.c_str());
  return fx;
}

}  // namespace

const Fixtures& fixtures() {
  static const Fixtures fx = load();
  return fx;
}

}  // namespace standin
