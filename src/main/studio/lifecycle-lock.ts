interface Waiter {
  kind: 'change' | 'work';
  grant: () => void;
}

interface CameraLock {
  /** A connect or disconnect is running. */
  changing: boolean;
  /** Work (capture, property write, pull request) running now. */
  working: number;
  /** Waiting requests in arrival order. */
  queue: Waiter[];
}

/**
 * Orders, per camera, connection changes (connect, disconnect) against the work that needs the connection to
 * stay as it is while it runs (a capture and the delivery of its shot, a property write, a card request).
 *
 * Changes run one at a time, in arrival order, each after the work already running has finished; work runs
 * side by side, but never while a change runs or waits ahead of it. So the last change requested is the last
 * one made, every request sees the camera either before or after a change and never half-way, and a stream
 * of work cannot hold a change off (work arriving after a change waits for it).
 */
export class LifecycleLock {
  private readonly cams = new Map<string, CameraLock>();

  /** Runs a connection change once every earlier change and the work running now have finished. */
  change<T>(cameraId: string, fn: () => Promise<T>): Promise<T> {
    return this.run(cameraId, 'change', fn);
  }

  /** Runs work once the changes requested before it have finished; later changes wait for it. */
  work<T>(cameraId: string, fn: () => Promise<T>): Promise<T> {
    return this.run(cameraId, 'work', fn);
  }

  /** True while a change runs or waits for `cameraId`. */
  busy(cameraId: string): boolean {
    const c = this.cams.get(cameraId);
    return !!c && (c.changing || c.queue.some((w) => w.kind === 'change'));
  }

  private async run<T>(cameraId: string, kind: Waiter['kind'], fn: () => Promise<T>): Promise<T> {
    const c = this.lockOf(cameraId);
    await new Promise<void>((grant) => {
      c.queue.push({ kind, grant });
      this.pump(cameraId, c);
    });
    try {
      return await fn();
    } finally {
      if (kind === 'change') c.changing = false;
      else c.working--;
      this.pump(cameraId, c);
    }
  }

  private lockOf(cameraId: string): CameraLock {
    let c = this.cams.get(cameraId);
    if (!c) {
      c = { changing: false, working: 0, queue: [] };
      this.cams.set(cameraId, c);
    }
    return c;
  }

  /** Grants what may run now: the next change when nothing runs, or every work request before the next change. */
  private pump(cameraId: string, c: CameraLock): void {
    if (c.changing) return;
    const head = c.queue[0];
    if (!head) {
      if (c.working === 0) this.cams.delete(cameraId);
      return;
    }
    if (head.kind === 'change') {
      if (c.working > 0) return;
      c.queue.shift();
      c.changing = true;
      head.grant();
      return;
    }
    while (c.queue[0]?.kind === 'work') {
      const w = c.queue.shift() as Waiter;
      c.working++;
      w.grant();
    }
  }
}
