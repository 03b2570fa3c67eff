/**
 * Runs async jobs one at a time, in order. libgphoto2 answers GP_ERROR_CAMERA_BUSY (-110) when two calls reach
 * one camera at once, so every call on a camera goes through its queue.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Jobs queued or running. */
  get depth(): number {
    return this.waiting;
  }

  /** Queues `job`; resolves or rejects with its result once every earlier job has settled. */
  run<T>(job: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(job);
    this.tail = result.then(
      () => this.waiting--,
      () => this.waiting--,
    );
    return result;
  }
}
