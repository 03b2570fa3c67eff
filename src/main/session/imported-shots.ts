import type { CardFile } from '../../shared/camera-types';
import type { ImportedMark } from '../../shared/card-import-types';
import type { ShotInfo } from '../../shared/studio-types';
import type { EventBus } from '../core/event-bus';
import { wallClockSecond } from './capture-time';

/** What the index reads sessions through. */
export interface ShotSource {
  list(): { id: string }[];
  shots(sessionId: string): Promise<ShotInfo[]>;
}

const ext = (name: string) => /\.([^.]*)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * True when `shot` is the card file `file` of camera `cameraId` imported before: same camera, size and
 * capture second, and the same original name — except for a tethered shot, which the body names by the
 * studio's save-info counter rather than by its card name, so there the extension must agree. A shot
 * recorded before capture times were kept matches on camera, name and size alone.
 */
export function isSameCapture(shot: ShotInfo, cameraId: string, file: CardFile): boolean {
  if (shot.cameraId !== cameraId || shot.size !== file.size) return false;
  const sameName = shot.originalName.toLowerCase() === file.name.toLowerCase();
  if (!shot.capturedAt) return sameName;
  if (shot.capturedAt !== wallClockSecond(file.createdAt)) return false;
  return shot.origin === 'tether' ? ext(shot.originalName) === ext(file.name) : sameName;
}

/**
 * Which card files a session already holds, across every session and across restarts: built from the
 * sessions' shot records (durable in their journals) the first time a card is listed, then kept current
 * from `shotAdded`. A session that appears later (a new root adopting old folders) is read when next asked.
 */
export class ImportedShots {
  /** Shots by `cameraId\0size`: a card file's candidates. */
  private readonly bySize = new Map<string, ShotInfo[]>();
  private readonly seen = new Set<string>();
  private readonly indexed = new Set<string>();
  private loading: Promise<void> | null = null;
  private off: (() => void) | null = null;

  constructor(
    private readonly sessions: ShotSource,
    private readonly bus: EventBus,
  ) {}

  /** Follows new shots (call before the first query so none is missed while sessions are read). */
  attach(): void {
    this.off ??= this.bus.on('shotAdded', (shot) => this.add(shot));
  }

  /** Stops following new shots. */
  detach(): void {
    this.off?.();
    this.off = null;
  }

  /** For each file, the session shot that already holds it (undefined when none). */
  async marks(cameraId: string, files: readonly CardFile[]): Promise<(ImportedMark | undefined)[]> {
    this.attach();
    await this.ready();
    return files.map((file) => {
      const shot = this.bySize
        .get(`${cameraId}\0${file.size}`)
        ?.find((s) => isSameCapture(s, cameraId, file));
      return shot ? { sessionId: shot.sessionId, shotId: shot.id, fileName: shot.fileName } : undefined;
    });
  }

  private ready(): Promise<void> {
    const missing = this.sessions.list().filter((s) => !this.indexed.has(s.id));
    if (missing.length === 0) return this.loading ?? Promise.resolve();
    const previous = this.loading ?? Promise.resolve();
    const run = previous.then(async () => {
      for (const { id } of missing) {
        if (this.indexed.has(id)) continue;
        // A session that cannot be read now marks nothing and is tried again at the next listing.
        const shots = await this.sessions.shots(id).catch(() => null);
        if (!shots) continue;
        for (const shot of shots) this.add(shot);
        this.indexed.add(id);
      }
    });
    const tracked: Promise<void> = run.finally(() => {
      if (this.loading === tracked) this.loading = null;
    });
    this.loading = tracked;
    return tracked;
  }

  private add(shot: ShotInfo): void {
    if (this.seen.has(shot.id)) return;
    this.seen.add(shot.id);
    const key = `${shot.cameraId}\0${shot.size}`;
    const list = this.bySize.get(key);
    if (list) list.push(shot);
    else this.bySize.set(key, [shot]);
  }
}
