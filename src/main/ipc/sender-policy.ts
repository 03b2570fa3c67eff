import type { IpcSenderInfo } from './typed-ipc-main';

/**
 * Which IPC senders are ours: the main frame (no parent) of a WebContents we created, currently showing our
 * renderer document. Subframes, foreign pages after a (blocked) navigation and unknown windows are refused.
 */
export class SenderPolicy {
  private readonly ours = new Set<number>();

  constructor(private readonly isRendererUrl: (url: string) => boolean) {}

  /** Marks a WebContents as one of ours (call when the window is created). */
  allow(webContentsId: number): void {
    this.ours.add(webContentsId);
  }

  /** Forgets a WebContents (call when it is destroyed). */
  forget(webContentsId: number): void {
    this.ours.delete(webContentsId);
  }

  /** The check every IPC handler runs before anything else. */
  readonly check = (event: IpcSenderInfo): boolean => {
    const frame = event.senderFrame;
    if (!frame || frame.parent) return false;
    if (!this.ours.has(event.sender.id)) return false;
    return this.isRendererUrl(frame.url);
  };
}
