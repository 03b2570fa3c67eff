import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, TetherError, toErrorValue } from '../../../shared/errors';
import { isoParts } from '../../../shared/properties';
import { shotExif } from './card-seed';
import { brightnessStep, planeBlur } from './exposure';
import { enumValue } from './property-spec';
import type { SimBody } from './sim-body';
import { AfControl } from './sim-af';
import { hostWriteError, writeHostFile } from './host-writer';
import { buildArw, buildJpeg, type ShotSpec } from './shot-factory';
import type { VirtualFile } from './virtual-file';

const JPEG_QUALITY: Record<string, number> = { 'extra-fine': 95, fine: 90, standard: 80, light: 70 };
const SIZE_FACTOR: Record<string, number> = { l: 1, m: 0.656, s: 0.5 };
const EXPOSURE_PROGRAM_EXIF: Record<string, number> = { M: 1, P: 2, AUTO: 2, A: 3, S: 4 };
/** Movie bit rate of the default XAVC S 4K setting: 100 Mbit/s. */
const MOVIE_BYTES_PER_SEC = 12_500_000;

type Kind = 'jpeg' | 'raw';

/**
 * The shutter side of a body: S1/AF, release (single, continuous, self-timer, bracket), movie record,
 * and delivering each shot to the host folder (`.part` → rename, `downloadComplete`) and/or the card
 * (`contentsChanged`). Shots are delivered in order through one pipeline; pixels come from cached renders.
 */
export class CaptureUnit {
  private pipeline: Promise<void> = Promise.resolve();
  private gen = 0;
  private releaseHeld = false;
  private burst: NodeJS.Timeout | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextHostNumber: number | null = null;
  private recordingSince: number | null = null;

  private readonly af: AfControl;

  constructor(private readonly body: SimBody) {
    this.af = new AfControl(body);
  }

  private get props() {
    return this.body.props;
  }

  /** Typical bytes one shot takes on the card with the current file settings. */
  bytesPerShot(): number {
    const m = this.body.identity.model;
    const jpeg = (m.jpegSize[0] + m.jpegSize[1]) / 2;
    const raw = this.rawSize(0.5);
    const format = this.props.key('file-format');
    return format === 'raw' ? raw : format === 'raw-jpeg' ? raw + jpeg : jpeg;
  }

  private rawSize(r: number): number {
    const m = this.body.identity.model;
    const compression = this.props.key('raw-compression');
    if (compression === 'uncompressed') return m.rawWidth * m.rawHeight * 2 + 1_200_000;
    if (compression === 'compressed') return m.rawWidth * m.rawHeight + 1_200_000;
    return Math.round(m.rawSize[0] + r * (m.rawSize[1] - m.rawSize[0]));
  }

  /** S1 (half press). */
  async s1(lock: boolean): Promise<void> {
    this.af.s1(lock);
  }

  /**
   * A remote touch (Touch Focus): in MF the body focuses on what was touched; with S1 held in AF it
   * refocuses there at once; otherwise the next AF uses the touched frame.
   */
  async touchFocus(): Promise<void> {
    if (this.props.key('focus-mode') === 'mf') {
      const distance = await this.af.subjectDistance();
      void this.body.lens.focusAt(distance);
    } else if (this.af.s1Locked) void this.af.autofocus();
  }

  /** AF-shutter: S1 lock, wait for AF, release down/up, S1 unlock. Resolves once the shot is taken. */
  async afShutter(): Promise<void> {
    this.af.s1(true);
    await this.releaseDown();
    this.releaseUp();
    this.af.s1(false);
  }

  // ---- release ----

  /** Shutter fully pressed: focuses first unless S1 holds focus, then shoots per drive mode. */
  async releaseDown(): Promise<void> {
    if (this.releaseHeld) return;
    this.releaseHeld = true;
    const gen = this.gen;
    await this.af.ensureFocus();
    if (gen !== this.gen) return;
    const drive = this.props.key('drive-mode') ?? 'single';
    const [hi, mid, lo] = this.body.identity.model.burstFps;
    const timer = /^timer-(\d+)s$/.exec(drive);
    const bracket = /bracket-(\d+\.\d)ev-(\d)pics$/.exec(drive);
    if (timer) this.later(Number(timer[1]) * 1000, () => this.trigger());
    else if (bracket) {
      const steps = Math.round(Number(bracket[1]) * 3);
      const n = Number(bracket[2]);
      for (let i = 0; i < n; i++)
        this.later((i * 1000) / mid, () => this.trigger((i - Math.floor(n / 2)) * steps));
    } else if (drive.startsWith('continuous-')) {
      const fps = drive.includes('hi') ? hi : drive.includes('mid') ? mid : lo;
      this.trigger();
      this.burst = setInterval(() => this.trigger(), 1000 / fps);
    } else this.trigger();
  }

  /** Shutter released: a burst stops; without S1 the AF lock is let go. */
  releaseUp(): void {
    this.releaseHeld = false;
    if (this.burst) clearInterval(this.burst);
    this.burst = null;
    if (!this.af.s1Locked && this.body.focus.state !== 'idle') this.af.unlock();
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  /** Movie record button. */
  movieRecord(action: 'toggle' | 'down' | 'up'): void {
    if (action === 'up') return;
    if (this.recordingSince === null) {
      if (this.body.faults.cardIsFull) throw new TetherError(ErrorCode.CardFull, 'card full: cannot record');
      this.recordingSince = Date.now();
      this.body.mutate(() =>
        this.props.setInternal('recording-state', enumValue('recording-state', 'recording')),
      );
      return;
    }
    const seconds = Math.max(1, (Date.now() - this.recordingSince) / 1000);
    this.recordingSince = null;
    this.body.mutate(() =>
      this.props.setInternal('recording-state', enumValue('recording-state', 'not-recording')),
    );
    const file = this.body.card.addMovie(Math.round(seconds * MOVIE_BYTES_PER_SEC), this.body.options.now());
    this.body.events.emit('contentsChanged', { cameraId: this.body.id, slot: 1, added: [file] });
    this.body.refreshCardProps();
  }

  /** Host file numbering restarts at the save-info start number. */
  resetHostNumbering(): void {
    this.nextHostNumber = null;
  }

  /** Disconnect/unplug: cancel timers and drop deliveries not yet started. */
  abort(): void {
    this.gen++;
    this.releaseHeld = false;
    if (this.burst) clearInterval(this.burst);
    this.burst = null;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.recordingSince = null;
    this.af.reset();
  }

  // ---- one exposure ----

  private kinds(): Kind[] {
    const f = this.props.key('file-format');
    return f === 'raw' ? ['raw'] : f === 'raw-jpeg' ? ['raw', 'jpeg'] : ['jpeg'];
  }

  private spec(stepOffset: number): ShotSpec {
    const { model, seed } = this.body.identity;
    const exp = this.props.exposure();
    const format = this.props.key('file-format');
    const factor = format === 'jpeg' ? (SIZE_FACTOR[this.props.key('image-size') ?? 'l'] ?? 1) : 1;
    const blur = planeBlur(this.body.focus.position(), exp.fnumber, model.lens.focalMm);
    const step = Math.max(-15, Math.min(15, brightnessStep(exp.diffEv) + stepOffset));
    const settings = {
      shutter: exp.shutter,
      fnumber: exp.fnumber,
      iso: isoParts(exp.iso).iso,
      biasEv: this.props.num('exposure-compensation') / 1000 + stepOffset / 3,
      exposureProgram: EXPOSURE_PROGRAM_EXIF[this.props.program()],
    };
    const size = { width: Math.round(model.width * factor), height: Math.round(model.height * factor) };
    const capturedAt = this.body.options.now();
    return {
      exif: shotExif(this.body.identity, capturedAt, settings, size),
      look: { blur, step, quality: JPEG_QUALITY[this.props.key('image-quality') ?? 'fine'] ?? 90 },
      rawWidth: model.rawWidth,
      rawHeight: model.rawHeight,
      seed: (seed ^ capturedAt.getTime()) >>> 0,
    };
  }

  /** Takes one exposure now and queues its delivery. */
  private trigger(stepOffset = 0): void {
    if (this.body.state !== 'connected') return;
    const dest = this.props.key('still-image-store-destination');
    const toCard = dest !== 'host-pc';
    const toHost = dest !== 'memory-card';
    if (toCard && this.body.faults.cardIsFull) {
      const error = new TetherError(ErrorCode.CardFull, 'memory card full: shot not taken');
      this.body.emitError(error.toValue());
      return;
    }
    const spec = this.spec(stepOffset);
    const kinds = this.kinds();
    const cardNumber = toCard ? this.body.card.takeFileNumber() : null;
    const pcKinds = kinds.length === 2 ? this.pcKinds() : kinds;
    const gen = this.gen;
    this.pipeline = this.pipeline
      .then(() => this.deliver(spec, kinds, cardNumber, toHost ? pcKinds : [], gen))
      .catch((err) => {
        // A delivery cut short by a disconnect is not an error of its own.
        if (gen !== this.gen) return;
        const sdkCode = (err as TetherError).details?.sdkCode;
        this.body.emitError(toErrorValue(err), typeof sdkCode === 'number' ? sdkCode : undefined);
      });
  }

  private pcKinds(): Kind[] {
    const k = this.props.key('raw-jpeg-pc-save-image');
    return k === 'jpeg-only' ? ['jpeg'] : k === 'raw-only' ? ['raw'] : ['raw', 'jpeg'];
  }

  private async deliver(
    spec: ShotSpec,
    kinds: Kind[],
    cardNumber: number | null,
    hostKinds: Kind[],
    gen: number,
  ): Promise<void> {
    const built = await Promise.all(
      kinds.map((kind) =>
        kind === 'raw' ? buildArw(spec, this.rawSize(spec.seed / 2 ** 32)) : buildJpeg(spec),
      ),
    );
    const files = new Map<Kind, VirtualFile>(kinds.map((kind, i) => [kind, built[i]]));
    if (cardNumber !== null) {
      const added = this.body.card.addShot(
        spec,
        kinds.map((kind) => ({ kind, size: (files.get(kind) as VirtualFile).size })),
        cardNumber,
      );
      this.body.events.emit('contentsChanged', { cameraId: this.body.id, slot: 1, added });
      this.body.refreshCardProps();
    }
    if (!hostKinds.length || gen !== this.gen) return;
    const { path, prefix, startNo } = this.body.saveInfo;
    await mkdir(path, { recursive: true }).catch((err: unknown) => {
      throw hostWriteError(path, err);
    });
    let n = this.nextHostNumber ?? startNo;
    const name = (k: Kind, num: number) =>
      `${prefix}${String(num).padStart(5, '0')}.${k === 'raw' ? 'ARW' : 'JPG'}`;
    while ((await Promise.all(hostKinds.map((k) => exists(join(path, name(k, n)))))).some(Boolean)) n++;
    this.nextHostNumber = n + 1;
    for (const kind of hostKinds) {
      const filename = name(kind, n);
      const stagedPath = join(path, filename);
      const size = await writeHostFile(files.get(kind) as VirtualFile, stagedPath, this.body.faults.hostDisk);
      if (gen !== this.gen) return;
      this.body.events.emit('downloadComplete', { cameraId: this.body.id, filename, stagedPath, size });
    }
  }
}

function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}
