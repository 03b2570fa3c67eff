// Bounded, drop-oldest event queue between SDK callback threads (producers) and the JS drain (consumer).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "tether_crsdk.h"

namespace tc {

class EventQueue {
 public:
  explicit EventQueue(uint32_t capacity);

  /** Copies `ev` in (assigning its seq). Never blocks beyond a short mutex; drops the oldest when full. */
  void push(tc_event ev);
  /** Marks a live-view frame ready for `device` (coalesced: at most one pending notice per device). */
  void mark_frame(uint64_t device);
  /** Waits up to timeout_ms for events; returns the count copied, or TC_ERR_CLOSED once closed and empty. */
  int32_t wait(tc_event* out, uint32_t max, int32_t timeout_ms);
  /** Wakes every waiter; later waits return TC_ERR_CLOSED when nothing is left. */
  void close();

  uint64_t pushed() const;
  uint64_t dropped() const;
  uint64_t drained() const;
  uint32_t depth() const;
  uint32_t capacity() const { return capacity_; }

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<tc_event> ring_;
  uint32_t capacity_;
  uint32_t head_ = 0;  // oldest
  uint32_t size_ = 0;
  uint64_t seq_ = 0;
  uint64_t pushed_ = 0, dropped_ = 0, drained_ = 0;
  uint64_t dropped_since_drain_ = 0;
  std::vector<uint64_t> frames_;
  bool closed_ = false;
};

}  // namespace tc
