import type { StudioLink } from '../../shared/studio-client';

/** The fake client's link to the studio: up unless a test moves it (a studio restart seen from the window). */
export class FakeLink {
  private link: StudioLink = { state: 'up', retryAt: null, attempts: 0 };
  private readonly handlers = new Set<(link: StudioLink) => void>();
  /** Times `reconnectNow` was called. */
  reconnects = 0;

  /** Moves the link and tells every subscriber. */
  set(link: Partial<StudioLink> & Pick<StudioLink, 'state'>): void {
    this.link = { retryAt: null, attempts: 0, ...link };
    for (const h of [...this.handlers]) h(this.link);
  }

  /** StudioClient.subscribeLink. */
  subscribe(handler: (link: StudioLink) => void): () => void {
    this.handlers.add(handler);
    handler(this.link);
    return () => void this.handlers.delete(handler);
  }
}
