import type { StudioLink } from '../../shared/studio-client';

/** The link to the studio as a small observable: `connecting` → `up` ⇄ `down` (with the next attempt's time). */
export class LinkState {
  private value: StudioLink = { state: 'connecting', retryAt: null, attempts: 0 };
  private readonly handlers = new Set<(link: StudioLink) => void>();

  /** Current state. */
  get current(): StudioLink {
    return this.value;
  }

  /** Attempts since the link was last up. */
  get attempts(): number {
    return this.value.attempts;
  }

  /** Calls `handler` now and on every change; returns unsubscribe. */
  subscribe(handler: (link: StudioLink) => void): () => void {
    this.handlers.add(handler);
    handler(this.value);
    return () => void this.handlers.delete(handler);
  }

  /** The studio answered. */
  up(): void {
    if (this.value.state !== 'up') this.set({ state: 'up', retryAt: null, attempts: 0 });
  }

  /** The studio stopped answering; the next attempt is at `retryAt`. */
  down(retryAt: number): void {
    this.set({ state: 'down', retryAt, attempts: this.value.attempts + 1 });
  }

  private set(next: StudioLink): void {
    this.value = next;
    for (const h of [...this.handlers]) h(next);
  }
}
