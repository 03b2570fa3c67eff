// ctest: the event queue under concurrent producers (lossless when the consumer keeps up within capacity,
// drop-oldest with exact accounting when it does not, producers never block on a stalled consumer).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include "event-queue.h"

#define CHECK(cond)                                                     \
  do {                                                                  \
    if (!(cond)) {                                                      \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      return 1;                                                         \
    }                                                                   \
  } while (0)

static tc_event make(uint32_t thread, uint32_t i) {
  tc_event e;
  std::memset(&e, 0, sizeof e);
  e.type = TC_EVT_PROPERTY_CHANGED;
  e.codes_count = 2;
  e.codes[0] = thread;
  e.codes[1] = i;
  return e;
}

static int lossless() {
  const uint32_t threads = 8, per = 20000;
  tc::EventQueue q(threads * per);
  std::vector<std::thread> pool;
  for (uint32_t t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (uint32_t i = 0; i < per; ++i) q.push(make(t, i));
    });
  std::vector<uint32_t> next(threads, 0);
  std::vector<tc_event> buf(256);
  uint64_t got = 0;
  while (got < uint64_t(threads) * per) {
    int32_t n = q.wait(buf.data(), static_cast<uint32_t>(buf.size()), 1000);
    CHECK(n > 0);
    for (int32_t k = 0; k < n; ++k) {
      CHECK(buf[k].type == TC_EVT_PROPERTY_CHANGED);
      const uint32_t t = buf[k].codes[0];
      CHECK(buf[k].codes[1] == next[t]);  // per-producer order preserved
      next[t]++;
      got++;
    }
  }
  for (auto& th : pool) th.join();
  CHECK(q.dropped() == 0);
  CHECK(q.pushed() == uint64_t(threads) * per);
  return 0;
}

static int overflow() {
  const uint32_t cap = 1000, threads = 4, per = 5000;
  tc::EventQueue q(cap);
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (uint32_t t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (uint32_t i = 0; i < per; ++i) q.push(make(t, i));
    });
  for (auto& th : pool) th.join();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  CHECK(ms < 5000);  // nobody drained: producers still finished
  CHECK(q.depth() == cap);
  CHECK(q.dropped() == uint64_t(threads) * per - cap);
  std::vector<tc_event> buf(cap + 8);
  int32_t n = q.wait(buf.data(), static_cast<uint32_t>(buf.size()), 0);
  CHECK(n == int32_t(cap) + 1);
  CHECK(buf[0].type == TC_EVT_OVERFLOW);
  CHECK(uint64_t(buf[0].param2) == q.dropped());
  // Drop-oldest: the survivors are the newest, with contiguous sequence numbers ending at the last push.
  for (int32_t k = 2; k < n; ++k) CHECK(buf[k].seq == buf[k - 1].seq + 1);
  CHECK(buf[n - 1].seq == q.pushed());
  q.close();
  CHECK(q.wait(buf.data(), 4, 10) == TC_ERR_CLOSED);
  return 0;
}

static int frames() {
  tc::EventQueue q(16);
  for (int i = 0; i < 100; ++i) q.mark_frame(7);  // coalesced to one notice
  q.mark_frame(9);
  tc_event buf[8];
  CHECK(q.wait(buf, 8, 0) == 2);
  CHECK(buf[0].type == TC_EVT_FRAME && buf[0].device == 7);
  CHECK(buf[1].type == TC_EVT_FRAME && buf[1].device == 9);
  CHECK(q.wait(buf, 8, 0) == 0);
  return 0;
}

int main() {
  if (lossless() || overflow() || frames()) return 1;
  std::puts("bridge_queue_test: ok");
  return 0;
}
