// See event-queue.h. The ring is preallocated, so a push is a struct copy under the mutex.
#include "event-queue.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace tc {

EventQueue::EventQueue(uint32_t capacity) : ring_(std::max<uint32_t>(capacity, 2)), capacity_(std::max<uint32_t>(capacity, 2)) {}

void EventQueue::push(tc_event ev) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (closed_) return;
    ev.seq = ++seq_;
    if (size_ == capacity_) {
      head_ = (head_ + 1) % capacity_;  // drop the oldest
      --size_;
      ++dropped_;
      ++dropped_since_drain_;
    }
    ring_[(head_ + size_) % capacity_] = ev;
    ++size_;
    ++pushed_;
  }
  cv_.notify_one();
}

void EventQueue::mark_frame(uint64_t device) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (closed_ || std::find(frames_.begin(), frames_.end(), device) != frames_.end()) return;
    frames_.push_back(device);
  }
  cv_.notify_one();
}

int32_t EventQueue::wait(tc_event* out, uint32_t max, int32_t timeout_ms) {
  if (!out || max == 0) return TC_ERR_INVALID_ARG;
  std::unique_lock<std::mutex> lock(mu_);
  auto ready = [this] { return closed_ || size_ > 0 || !frames_.empty() || dropped_since_drain_ > 0; };
  if (timeout_ms < 0) {
    cv_.wait(lock, ready);
  } else {
    cv_.wait_for(lock, std::chrono::milliseconds(timeout_ms), ready);
  }
  uint32_t n = 0;
  if (dropped_since_drain_ > 0) {
    tc_event& o = out[n++];
    std::memset(&o, 0, sizeof o);
    o.type = TC_EVT_OVERFLOW;
    o.param2 = static_cast<int64_t>(dropped_since_drain_);
    dropped_since_drain_ = 0;
  }
  while (n < max && !frames_.empty()) {
    tc_event& o = out[n++];
    std::memset(&o, 0, sizeof o);
    o.type = TC_EVT_FRAME;
    o.device = frames_.front();
    frames_.erase(frames_.begin());
  }
  while (n < max && size_ > 0) {
    out[n++] = ring_[head_];
    head_ = (head_ + 1) % capacity_;
    --size_;
    ++drained_;
  }
  if (n == 0 && closed_) return TC_ERR_CLOSED;
  return static_cast<int32_t>(n);
}

void EventQueue::close() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
  }
  cv_.notify_all();
}

uint64_t EventQueue::pushed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return pushed_;
}
uint64_t EventQueue::dropped() const {
  std::lock_guard<std::mutex> lock(mu_);
  return dropped_;
}
uint64_t EventQueue::drained() const {
  std::lock_guard<std::mutex> lock(mu_);
  return drained_;
}
uint32_t EventQueue::depth() const {
  std::lock_guard<std::mutex> lock(mu_);
  return size_;
}

}  // namespace tc
