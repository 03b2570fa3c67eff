/** A minimal EventSource for Node tests: one fetch of a `text/event-stream`, named events, `close()`. */
export class FetchEventSource {
  /** Resolves once the stream answered 200 and sent its first bytes (the server's handshake). */
  readonly opened: Promise<void>;
  private readonly abort = new AbortController();
  private readonly listeners = new Map<string, Set<(e: { data: string }) => void>>();
  private markOpen!: () => void;

  constructor(readonly url: string) {
    this.opened = new Promise((resolve) => (this.markOpen = resolve));
    void this.run().catch(() => undefined);
  }

  addEventListener(name: string, listener: (e: { data: string }) => void): void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener);
  }

  close(): void {
    this.abort.abort();
  }

  private async run(): Promise<void> {
    const res = await fetch(this.url, {
      headers: { accept: 'text/event-stream' },
      signal: this.abort.signal,
    });
    if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      this.markOpen();
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        this.dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  private dispatch(block: string): void {
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length === 0) return;
    for (const l of [...(this.listeners.get(name) ?? [])]) l({ data: data.join('\n') });
  }
}
