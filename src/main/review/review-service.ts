import { join } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import {
  captureMetadataSchema,
  reviewPatchSchema,
  type CaptureMetadata,
  type ReviewPatch,
  type ShotGroup,
  type ShotReview,
} from '../../shared/review-types';
import { isPair } from '../../shared/shot-pairs';
import type { ShotInfo } from '../../shared/studio-types';
import type { CorruptionReporter } from '../core/corruption-reporter';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';
import type { SessionServiceApi } from '../session/session-api';
import { CaptureMetadataStore } from './capture-metadata';
import type { ReviewServiceApi } from './review-api';
import { ReviewStore, blankEntry, type ReviewEntry } from './review-store';
import { XmpSidecars } from './xmp-sidecars';

/** Dependencies of {@link ReviewService}. */
export interface ReviewServiceDeps {
  dataDir: string;
  sessions: SessionServiceApi;
  bus: EventBus;
  log: Logger;
  reporter: CorruptionReporter;
}

/**
 * Review and culling: ratings 0–5, colour labels, pick/reject, written to each shot's XMP sidecars (what
 * Lightroom, Capture One and darktable read) and read back when a session is first loaded, so edits made
 * in those programs show here. Groups (bracket sets, stacks, capture-all) live in the session's review file.
 * A RAW+JPEG pair is one picture: a patch to one applies to both.
 */
export class ReviewService implements ReviewServiceApi {
  readonly sidecars: XmpSidecars;
  private readonly metadata: CaptureMetadataStore;
  private readonly stores = new Map<string, Promise<ReviewStore>>();

  constructor(private readonly deps: ReviewServiceDeps) {
    this.sidecars = new XmpSidecars(join(deps.dataDir, 'cache', 'xmp'));
    this.metadata = new CaptureMetadataStore(deps.dataDir);
  }

  /** Loads the next-capture metadata. */
  async load(): Promise<void> {
    await this.metadata.load(this.deps.reporter);
  }

  /** Flushes the review files and ends ExifTool. */
  async close(): Promise<void> {
    for (const s of this.stores.values()) await (await s).flush().catch(() => undefined);
    await this.metadata.flush().catch(() => undefined);
    await this.sidecars.close();
  }

  async list(sessionId?: string): Promise<ShotReview[]> {
    const id = sessionId ?? this.deps.sessions.active().id;
    const shots = await this.deps.sessions.shots(id);
    const store = await this.store(id);
    if (!store.synced) {
      store.synced = true;
      await this.syncSidecars(shots, store);
    }
    return shots.map((s) => view(s.id, store.get(s.id)));
  }

  async review(shotIds: string[], patch: ReviewPatch): Promise<ShotReview[]> {
    const parsed = reviewPatchSchema.safeParse(patch);
    if (!parsed.success)
      throw new TetherError(ErrorCode.InvalidArgument, `review: ${parsed.error.issues[0]?.message}`);
    const targets = await this.withPartners(
      await Promise.all(shotIds.map((id) => this.deps.sessions.shot(id))),
    );
    const changed = new Map<string, ShotReview[]>();
    for (const shot of targets) {
      const store = await this.store(shot.sessionId);
      const next: ReviewEntry = { ...(store.get(shot.id) ?? blankEntry()), ...parsed.data };
      if (parsed.data.rating !== undefined && parsed.data.pick === undefined && next.pick === 'reject')
        next.pick = 'none';
      await this.sidecars.write(shot.path, { rating: next.rating, label: next.label, pick: next.pick });
      next.xmpMtimeMs = (await this.sidecars.mtime(shot.path)) ?? undefined;
      store.set(shot.id, next);
      const list = changed.get(shot.sessionId) ?? [];
      list.push(view(shot.id, next));
      changed.set(shot.sessionId, list);
    }
    for (const [sessionId, reviews] of changed) {
      await (await this.store(sessionId)).save();
      this.deps.bus.emit('shotReviewChanged', { sessionId, reviews });
    }
    return [...changed.values()].flat();
  }

  async onNewShot(shot: ShotInfo, group?: ShotGroup): Promise<void> {
    const meta = this.metadata.get();
    const store = await this.store(shot.sessionId);
    const entry: ReviewEntry = {
      ...(store.get(shot.id) ?? blankEntry()),
      ...(meta.rating !== undefined ? { rating: meta.rating } : {}),
      ...(meta.label !== undefined ? { label: meta.label } : {}),
      ...(group ? { group } : {}),
    };
    if (!CaptureMetadataStore.isEmpty(meta)) {
      await this.sidecars.write(shot.path, { ...meta, rating: meta.rating, label: meta.label });
      entry.xmpMtimeMs = (await this.sidecars.mtime(shot.path)) ?? undefined;
    }
    store.set(shot.id, entry);
    await store.save();
    this.deps.bus.emit('shotReviewChanged', { sessionId: shot.sessionId, reviews: [view(shot.id, entry)] });
  }

  captureMetadata(): CaptureMetadata {
    return this.metadata.get();
  }

  async setCaptureMetadata(metadata: CaptureMetadata): Promise<CaptureMetadata> {
    const parsed = captureMetadataSchema.safeParse(metadata);
    if (!parsed.success)
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `capture metadata: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    return this.metadata.set(parsed.data);
  }

  private store(sessionId: string): Promise<ReviewStore> {
    let pending = this.stores.get(sessionId);
    if (!pending) {
      const folder = this.deps.sessions.list().find((s) => s.id === sessionId)?.folder;
      if (!folder) throw new TetherError(ErrorCode.NotFound, `No session with id '${sessionId}'`);
      const store = new ReviewStore(folder);
      pending = store.load(this.deps.reporter).then(() => store);
      this.stores.set(sessionId, pending);
    }
    return pending;
  }

  /** Reads the sidecars written or changed since the studio last saw them (edits in Lightroom, darktable …). */
  private async syncSidecars(shots: ShotInfo[], store: ReviewStore): Promise<void> {
    let dirty = false;
    for (const shot of shots) {
      const entry = store.get(shot.id);
      const mtime = await this.sidecars.mtime(shot.path);
      if (mtime === null || mtime === entry?.xmpMtimeMs) continue;
      try {
        const read = await this.sidecars.read(shot.path);
        if (!read) continue;
        store.set(shot.id, { ...(entry ?? blankEntry()), ...read.review, xmpMtimeMs: read.mtimeMs });
        dirty = true;
      } catch (err) {
        this.deps.log.warn(`cannot read the XMP sidecar of ${shot.fileName}: ${(err as Error).message}`);
      }
    }
    if (dirty) await store.save();
  }

  /** The shots plus their RAW+JPEG partners ({@link isPair}). */
  private async withPartners(shots: ShotInfo[]): Promise<ShotInfo[]> {
    const out = new Map(shots.map((s) => [s.id, s]));
    for (const s of shots) {
      for (const o of await this.deps.sessions.shots(s.sessionId)) {
        if (isPair(s, o)) out.set(o.id, o);
      }
    }
    return [...out.values()];
  }
}

function view(shotId: string, e: ReviewEntry | undefined): ShotReview {
  const entry = e ?? blankEntry();
  return {
    shotId,
    rating: entry.rating,
    label: entry.label,
    pick: entry.pick,
    ...(entry.group ? { group: entry.group } : {}),
  };
}
