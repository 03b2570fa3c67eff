import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { CardFile } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { ShotInfo } from '../../shared/studio-types';
import type { TransferJob } from '../../shared/transfer-types';
import type { CameraRegistryApi } from '../studio/camera-registry-api';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { Allocation, NameRequest } from '../session/name-allocator';
import { sanitizeFileName } from '../core/sanitize-name';
import type { SessionService } from '../session/session-service';
import type { EventBus } from '../core/event-bus';
import {
  FolderTargets,
  kindFromName,
  sessionTarget,
  type DestinationTarget,
  type FolderNaming,
} from './destinations';
import type { ImportHistory } from './import-history';
import type { JournalRecord } from './journal-record';
import type { SourceOpener } from './transfer-runner';
import { readCaptureTime, wallClockSecond } from '../session/capture-time';

/** A job as the queue tracks it: the public record plus what it takes to run it. */
export interface Job {
  data: TransferJob;
  /** `<cameraId>:card` or `<cameraId>:auto`. */
  lane: string;
  open: SourceOpener;
  target: DestinationTarget;
  request: NameRequest;
  /** The reserved final name (null after a cancel released it). */
  alloc: Allocation | null;
  /**
   * The `.part` holding the bytes when it is not the final name's: the name was taken at commit and the job
   * moved on to the next one, but its bytes stay where they are until the rename.
   */
  part?: string;
  kind: ShotInfo['kind'];
  /** Auto-import: the staged file to verify against and delete after success. */
  stagedPath?: string;
  /** False: completion is not announced as `downloadComplete` (a client's copy, announced already). */
  announce?: boolean;
  ctrl?: AbortController;
  /** Why the running attempt is being interrupted. */
  stop?: 'cancel' | 'pause';
  /** The attempt in progress. */
  running?: Promise<void>;
  busyTries: number;
  /** Consecutive link failures without progress. */
  stalls: number;
}

/** What building and running jobs needs. */
export interface JobBuilderDeps {
  driver: CameraDriver;
  registry: CameraRegistryApi;
  sessions: SessionService;
  bus: EventBus;
  log: Logger;
  history: ImportHistory;
  /** Auto-downloads are staged under this folder; only files inside it are deleted after import. */
  stagingRoot: string;
  /** Auto-import: compare SHA-256 of staged and imported file (read at each job). */
  verifyHash: () => boolean;
}

/** Options of an auto-import job. */
export interface AutoJobOptions {
  /** Emit `downloadComplete` for the session file when done (default true). */
  announce?: boolean;
}

function captureDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Builds queue jobs for card pulls and auto-imports, reserving their final names up front. */
export class JobBuilder {
  private readonly folders = new FolderTargets();

  constructor(private readonly deps: JobBuilderDeps) {}

  /** The active session, another session (`sessionId`), or an explicit absolute folder. */
  async target(destDir?: string, naming?: FolderNaming, sessionId?: string): Promise<DestinationTarget> {
    if (destDir !== undefined && sessionId !== undefined)
      throw new TetherError(ErrorCode.InvalidArgument, 'give destDir or sessionId, not both');
    if (destDir !== undefined) return this.folders.target(destDir, naming);
    if (sessionId !== undefined && !this.deps.sessions.has(sessionId))
      throw new TetherError(ErrorCode.NotFound, `No session with id '${sessionId}'`);
    return sessionTarget(this.deps.sessions, sessionId ?? this.deps.sessions.active().id);
  }

  /** A pull of one card file. */
  async cardJob(cameraId: string, file: CardFile, target: DestinationTarget): Promise<Job> {
    const source = { kind: 'card' as const, slot: file.slot, contentId: file.contentId, fileId: file.fileId };
    const request = {
      cameraId,
      camera: this.model(cameraId),
      original: file.name,
      date: captureDate(file.createdAt),
      capturedAt: wallClockSecond(file.createdAt),
    };
    return this.build(cameraId, 'card', source, file.size, request, target, file.kind);
  }

  /** Reads a job's source from `offset`: the card through the driver, or the staged file. */
  private opener(cameraId: string, source: TransferJob['source']): SourceOpener {
    if (source.kind === 'card') {
      const ref = { slot: source.slot, contentId: source.contentId, fileId: source.fileId };
      return (offset, signal) => this.deps.driver.openContent(cameraId, ref, { offset, signal });
    }
    const staged = source.stagedPath;
    return async (offset, signal) => {
      const { size } = await stat(staged).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
        throw new TetherError(ErrorCode.NotFound, `The staged file ${staged} is gone`);
      });
      return { size, stream: createReadStream(staged, { start: offset, signal }) };
    };
  }

  /**
   * A job rebuilt from its journal record after a restart (its paths already checked by the caller):
   * queued again unless it had failed, marked `recovered`.
   */
  restore(record: JournalRecord, target: DestinationTarget): Job {
    const data = structuredClone(record.job);
    data.recovered = true;
    delete data.waitingFor;
    if (data.state !== 'failed') Object.assign(data, { state: 'queued', speed: 0 });
    const { date, ...req } = record.request;
    return {
      data,
      lane: `${data.cameraId}:${record.lane}`,
      open: this.opener(data.cameraId, data.source),
      target,
      request: { ...req, date: captureDate(date) },
      alloc: record.alloc,
      ...(record.part ? { part: record.part } : {}),
      kind: record.kind,
      ...(record.stagedPath ? { stagedPath: record.stagedPath } : {}),
      ...(record.announce !== undefined ? { announce: record.announce } : {}),
      busyTries: 0,
      stalls: 0,
    };
  }

  /** An import of a file the camera staged on the host. */
  async autoJob(
    cameraId: string,
    staged: { filename: string; stagedPath: string; size: number },
    target: DestinationTarget,
    options: AutoJobOptions = {},
  ): Promise<Job> {
    // The capture time in the file's EXIF: what recognises this shot on the card later (issue 10 item 11).
    const capturedAt = await readCaptureTime(staged.stagedPath);
    const request = {
      cameraId,
      camera: this.model(cameraId),
      original: staged.filename,
      ...(capturedAt ? { capturedAt } : {}),
    };
    const job = await this.build(
      cameraId,
      'auto',
      { kind: 'auto', stagedPath: staged.stagedPath },
      staged.size,
      request,
      target,
      kindFromName(staged.filename),
    );
    job.stagedPath = staged.stagedPath;
    job.announce = options.announce ?? true;
    return job;
  }

  private model(cameraId: string): string {
    try {
      return this.deps.registry.get(cameraId).model;
    } catch {
      return 'camera';
    }
  }

  private async build(
    cameraId: string,
    laneKind: 'card' | 'auto',
    source: TransferJob['source'],
    size: number,
    request: NameRequest,
    target: DestinationTarget,
    kind: ShotInfo['kind'],
  ): Promise<Job> {
    const alloc = await target.allocate(request);
    const data: TransferJob = {
      id: `tr_${randomUUID().replace(/-/g, '').slice(0, 10)}`,
      cameraId,
      source,
      originalName: sanitizeFileName(request.original),
      targetPath: alloc.path,
      state: 'queued',
      bytesDone: 0,
      bytesTotal: Math.max(0, Math.floor(size)),
      percent: 0,
      speed: 0,
      attempts: 0,
      createdAt: Date.now(),
    };
    return {
      data,
      lane: `${cameraId}:${laneKind}`,
      open: this.opener(cameraId, source),
      target,
      request,
      alloc,
      kind,
      busyTries: 0,
      stalls: 0,
    };
  }
}

/** The journal record of a job: what it takes to run it again after a restart. */
export function toRecord(job: Job): JournalRecord {
  const { date, ...req } = job.request;
  const data = structuredClone(job.data);
  delete data.waitingFor;
  return {
    job: data,
    lane: job.data.source.kind === 'card' ? 'card' : 'auto',
    destination: job.target.destination,
    request: { ...req, ...(date ? { date: date.toISOString() } : {}) },
    kind: job.kind,
    alloc: job.alloc ? { seq: job.alloc.seq, fileName: job.alloc.fileName, path: job.alloc.path } : null,
    ...(job.part ? { part: job.part } : {}),
    ...(job.stagedPath ? { stagedPath: job.stagedPath } : {}),
    ...(job.announce !== undefined ? { announce: job.announce } : {}),
  };
}
