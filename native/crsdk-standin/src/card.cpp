// The stand-in card and shots: ~40 seeded shots over two days, files of realistic size built from the JPEG
// fixture (padded with APP15 segments so they stay valid JPEGs), ARW-sized TIFF containers, and the
// auto-download path that writes into the save-info folder and reports OnCompleteDownload.
#include <cstdio>
#include <ctime>
#include <fstream>

#include "standin.h"

using namespace SCRSDK;

namespace standin {

namespace {

uint64_t jpeg_size_for(uint32_t id) { return 9'200'000 + (id * 7919u) % 1'400'000; }
uint64_t raw_size_for(uint32_t id) { return 24'400'000 + (id * 104729u) % 600'000; }

std::string file_name(uint32_t number, const char* ext) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "DSC%05u.%s", number, ext);
  return buf;
}

// Deterministic filler so a file reads the same on every pull (resume and verification rely on it).
void fill(std::vector<uint8_t>& out, size_t from, size_t to, uint32_t seed) {
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = from; i < to; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    out[i] = static_cast<uint8_t>(x);
  }
}

std::vector<uint8_t> make_jpeg(uint64_t size, uint32_t seed) {
  const auto& base = fixtures().shot;
  if (base.size() < 4) return std::vector<uint8_t>(size, 0);
  size_t pad = size > base.size() ? static_cast<size_t>(size - base.size()) : 0;
  if (pad > 0 && pad < 4) pad = 4;  // a segment needs at least its marker and length
  std::vector<uint8_t> out(base.size() + pad);
  out[0] = 0xFF;
  out[1] = 0xD8;
  size_t pos = 2;
  while (pad > 0) {
    // APP15 segments: marker (2) + length (2) + payload; the length counts itself, max 65535.
    size_t seg = std::min<size_t>(pad, 65537);
    if (pad - seg > 0 && pad - seg < 4) seg -= 4;  // keep room for a last well-formed segment
    const size_t payload = seg - 4;
    out[pos] = 0xFF;
    out[pos + 1] = 0xEF;
    out[pos + 2] = static_cast<uint8_t>((payload + 2) >> 8);
    out[pos + 3] = static_cast<uint8_t>((payload + 2) & 0xFF);
    fill(out, pos + 4, pos + seg, seed + static_cast<uint32_t>(pos));
    pos += seg;
    pad -= seg;
  }
  std::copy(base.begin() + 2, base.end(), out.begin() + static_cast<std::ptrdiff_t>(pos));
  return out;
}

std::vector<uint8_t> make_raw(uint64_t size, uint32_t seed) {
  std::vector<uint8_t> out(std::max<uint64_t>(size, 64));
  const uint8_t header[] = {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0};  // TIFF, IFD0 with no entries
  std::copy(std::begin(header), std::end(header), out.begin());
  fill(out, sizeof header, out.size(), seed);
  return out;
}

}  // namespace

void seed_card(Camera& cam) {
  // Two shooting days; every 4th shot is RAW+JPEG.
  for (int i = 0; i < 40; ++i) {
    CardContent c;
    c.id = cam.next_content_id++;
    c.year = 2024;
    c.month = 5;
    // Ascending capture times: day one from 10:00, day two from 09:30, a few minutes apart.
    const int k = i < 22 ? i : i - 22;
    const int minutes = (i < 22 ? 600 : 570) + k * 7;
    c.day = i < 22 ? 17 : 18;
    c.hour = minutes / 60;
    c.minute = minutes % 60;
    c.second = (i * 13) % 60;
    uint32_t number = cam.next_file_number++;
    if (i % 4 == 3) {
      c.files.push_back({1, CrContentsFile_FileFormat_Raw, raw_size_for(c.id), file_name(number, "ARW"),
                         cam.next_mtp_handle++});
      c.files.push_back({2, CrContentsFile_FileFormat_Jpeg, jpeg_size_for(c.id), file_name(number, "JPG"),
                         cam.next_mtp_handle++});
    } else {
      c.files.push_back({1, CrContentsFile_FileFormat_Jpeg, jpeg_size_for(c.id), file_name(number, "JPG"),
                         cam.next_mtp_handle++});
    }
    cam.card.push_back(c);
  }
}

CardContent Camera::add_shot_locked(bool raw, bool jpeg, uint64_t jpeg_size, uint64_t raw_size) {
  CardContent c;
  c.id = next_content_id++;
  std::time_t now = std::time(nullptr);
  std::tm tm{};
#if defined(_WIN32)
  localtime_s(&tm, &now);
#else
  localtime_r(&now, &tm);
#endif
  c.year = tm.tm_year + 1900;
  c.month = tm.tm_mon + 1;
  c.day = tm.tm_mday;
  c.hour = tm.tm_hour;
  c.minute = tm.tm_min;
  c.second = tm.tm_sec;
  uint32_t number = next_file_number++;
  uint32_t fid = 1;
  if (raw) c.files.push_back({fid++, CrContentsFile_FileFormat_Raw, raw_size, file_name(number, "ARW"), next_mtp_handle++});
  if (jpeg) c.files.push_back({fid++, CrContentsFile_FileFormat_Jpeg, jpeg_size, file_name(number, "JPG"), next_mtp_handle++});
  return c;
}

std::vector<uint8_t> make_file_bytes(const CardContent& c, const CardFile& f) {
  uint32_t seed = c.id * 31 + f.file_id;
  return f.format == CrContentsFile_FileFormat_Raw ? make_raw(f.size, seed) : make_jpeg(f.size, seed);
}

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

bool write_file(const std::string& path, const std::vector<uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

bool pull_to_file(const std::shared_ptr<Device>& dev, const std::string& path, const std::vector<uint8_t>& bytes,
                  const std::function<void(uint32_t)>& on_percent) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  const size_t chunk = 1 << 20;
  const auto start = Clock::now();
  uint32_t last_pct = 0;
  for (size_t done = 0; done < bytes.size();) {
    if (dev->xfer_cancel.load() || !dev->cam->plugged.load()) return false;
    size_t n = std::min(chunk, bytes.size() - done);
    int64_t limit = dev->cam->unplug_after_bytes.load();
    if (limit >= 0 && static_cast<int64_t>(done + n) >= limit) {
      n = static_cast<size_t>(std::max<int64_t>(0, limit - static_cast<int64_t>(done)));
      out.write(reinterpret_cast<const char*>(bytes.data() + done), static_cast<std::streamsize>(n));
      out.flush();
      dev->cam->unplug_after_bytes = -1;
      dev->cam->plugged = false;
      std::vector<std::shared_ptr<Device>> devs;
      {
        std::lock_guard<std::mutex> lock(sdk().mu);
        for (auto& kv : sdk().devices)
          if (kv.second->cam == dev->cam) devs.push_back(kv.second);
      }
      for (auto& d : devs) d->on_unplug();
      return false;
    }
    out.write(reinterpret_cast<const char*>(bytes.data() + done), static_cast<std::streamsize>(n));
    out.flush();
    done += n;
    const int64_t rate = sdk().rate_bps.load();
    if (rate > 0) {
      auto due = start + std::chrono::microseconds(static_cast<int64_t>(done * 1e6 / static_cast<double>(rate)));
      std::this_thread::sleep_until(due);
    }
    uint32_t pct = static_cast<uint32_t>(done * 100 / bytes.size());
    if (pct != last_pct && pct < 100) {
      last_pct = pct;
      on_percent(pct);
    }
  }
  out.close();
  return static_cast<bool>(out);
}

void capture(const std::shared_ptr<Device>& dev) {
  auto& cam = *dev->cam;
  int64_t dest, type;
  bool stored = false;
  CardContent content;
  {
    std::lock_guard<std::mutex> lock(cam.mu);
    dest = cam.get_locked(CrDeviceProperty_StillImageStoreDestination);
    type = cam.get_locked(CrDeviceProperty_FileType);
    const bool raw = type == CrFileType_Raw || type == CrFileType_RawJpeg;
    const bool jpeg = type != CrFileType_Raw;
    content = cam.add_shot_locked(raw, jpeg, static_cast<uint64_t>(sdk().jpeg_size.load()),
                                  static_cast<uint64_t>(sdk().raw_size.load()));
    if (dest != CrStillImageStoreDestination_HostPC && !cam.card_full.load()) {
      cam.card.push_back(content);
      int64_t left = cam.get_locked(CrDeviceProperty_MediaSLOT1_RemainingNumber);
      cam.put_locked(CrDeviceProperty_MediaSLOT1_RemainingNumber, left > 0 ? left - 1 : 0);
      stored = true;
    }
  }
  dev->fire([](IDeviceCallback* cb) { cb->OnWarning(CrNotify_Captured_Event); });
  if (dest != CrStillImageStoreDestination_HostPC && cam.card_full.load())
    dev->fire([](IDeviceCallback* cb) { cb->OnWarning(CrWarning_File_StorageFull); });
  if (stored) {
    dev->fire_codes({CrDeviceProperty_MediaSLOT1_RemainingNumber});
    if (dev->mode == CrSdkControlMode_RemoteTransfer)
      dev->fire([](IDeviceCallback* cb) {
        cb->OnNotifyRemoteTransferContentsListChanged(CrNotify_RemoteTransfer_Changed_Add, CrSlotNumber_Slot1, 1);
      });
  }
  if (dest == CrStillImageStoreDestination_MemoryCard) return;
  // Auto-download: files land in the save-info folder, written on a worker, then OnCompleteDownload.
  std::weak_ptr<Device> weak = dev;
  dev->spawn([weak, content] {
    auto d = weak.lock();
    if (!d) return;
    std::string dir, prefix;
    int32_t no;
    {
      std::lock_guard<std::mutex> lock(d->save_mu);
      dir = d->save_path;
      prefix = d->save_prefix;
      no = d->save_no;
      if (d->save_no >= 0) d->save_no++;
    }
    if (dir.empty()) dir = ".";
    for (const auto& f : content.files) {
      std::string name = f.name;
      if (no >= 0) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%05d", no);
        name = prefix + buf + f.name.substr(f.name.size() - 4);
      } else if (prefix != "DSC") {
        name = prefix + f.name.substr(3);
      }
      const std::string path = join_path(dir, name);
      if (!write_file(path, make_file_bytes(content, f))) {
        d->fire([](IDeviceCallback* cb) { cb->OnWarning(CrWarning_SetFileName_Failed); });
        continue;
      }
      std::vector<CrChar> cpath(path.begin(), path.end());
      cpath.push_back(0);
      // A shot: the callback's default type, CrDownloadSettingFileType_None (0xFFFFFFFF).
      d->fire([&cpath](IDeviceCallback* cb) { cb->OnCompleteDownload(cpath.data()); });
    }
    d->fire([](IDeviceCallback* cb) { cb->OnWarning(CrNotify_All_Download_Complete); });
  });
}

}  // namespace standin
