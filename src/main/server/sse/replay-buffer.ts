/** One published event, serialised once and shared by every client and the poll endpoint. */
export interface SseRecord {
  id: number;
  event: string;
  /** The camera the event concerns, when it has one. */
  cameraId: string | undefined;
  /** `JSON.stringify(data)`, computed once. */
  json: string;
  /** The complete SSE frame as bytes, computed once. */
  frame: Buffer;
}

/** A fixed-size ring of the most recent records. Ids are consecutive, so lookups by id are O(1). */
export class ReplayBuffer {
  private readonly ring: (SseRecord | undefined)[];
  private start = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('replay capacity must be >= 1');
    this.ring = new Array<SseRecord | undefined>(capacity);
  }

  /** Appends; the oldest record is evicted when full. Ids must be consecutive. */
  push(record: SseRecord): void {
    const last = this.newest();
    if (last && record.id !== last.id + 1)
      throw new RangeError(`non-consecutive id ${record.id} after ${last.id}`);
    if (this.count < this.capacity) {
      this.ring[(this.start + this.count) % this.capacity] = record;
      this.count++;
    } else {
      this.ring[this.start] = record;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  /** Number of records held. */
  get size(): number {
    return this.count;
  }

  /** The oldest record held, if any. */
  oldest(): SseRecord | undefined {
    return this.count === 0 ? undefined : this.ring[this.start];
  }

  /** The newest record held, if any. */
  newest(): SseRecord | undefined {
    return this.count === 0 ? undefined : this.ring[(this.start + this.count - 1) % this.capacity];
  }

  /** Records with `id > afterId`, oldest first. */
  since(afterId: number): SseRecord[] {
    const first = this.oldest();
    if (!first) return [];
    const skip = Math.max(0, Math.min(this.count, afterId - first.id + 1));
    const out: SseRecord[] = [];
    for (let i = skip; i < this.count; i++)
      out.push(this.ring[(this.start + i) % this.capacity] as SseRecord);
    return out;
  }
}
