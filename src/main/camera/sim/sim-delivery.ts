import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, TetherError, toErrorValue } from '../../../shared/errors';
import { isoParts } from '../../../shared/properties';
import { shotExif } from './card-seed';
import { brightnessStep, exposureSeconds, planeBlur } from './exposure';
import { hostWriteError, writeHostFile } from './host-writer';
import type { SimBodyParts } from './sim-body-parts';
import { buildArw, buildJpeg, type ShotSpec } from './shot-factory';
import type { CardNumber } from './virtual-card';
import type { VirtualFile } from './virtual-file';

const JPEG_QUALITY: Record<string, number> = { 'extra-fine': 95, fine: 90, standard: 80, light: 70 };
const SIZE_FACTOR: Record<string, number> = { l: 1, m: 0.656, s: 0.5 };
const EXPOSURE_PROGRAM_EXIF: Record<string, number> = { M: 1, P: 2, AUTO: 2, A: 3, S: 4 };
/** Exposures at least this long take their time (and long-exposure NR its dark frame) before delivery. */
export const LONG_EXPOSURE_S = 1;

type Kind = 'jpeg' | 'raw';

/** One exposure: its offset from the metered brightness, and for BULB when it opened and for how long. */
export interface Exposure {
  stepOffset?: number;
  /** BULB: the open time measured between release down and up. */
  bulb?: { openedAt: Date; seconds: number };
}

/**
 * Turns exposures into files: the shot's spec (EXIF, look) taken when the shutter opened, then the files
 * delivered in order through one pipeline to the card (`contentsChanged`) and/or the host folder
 * (`downloadComplete`). A long timed exposure is delivered after its exposure time, plus the dark frame
 * when long-exposure NR is on, with live view held meanwhile, as the body does.
 */
export class ShotDelivery {
  private pipeline: Promise<void> = Promise.resolve();
  private gen = 0;
  private nextHostNumber: number | null = null;

  constructor(private readonly body: SimBodyParts) {}

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

  /** Host file numbering restarts at the save-info start number. */
  resetHostNumbering(): void {
    this.nextHostNumber = null;
  }

  /** Disconnect/unplug: deliveries not yet started are dropped. */
  abort(): void {
    this.gen++;
  }

  /** Seconds the shutter stays open for a timed (non-BULB) exposure now. */
  timedSeconds(): number {
    return exposureSeconds(this.props.exposure().shutter);
  }

  /** Milliseconds the body is busy after the shutter closed (long-exposure NR's dark frame). */
  processingMs(seconds: number): number {
    return seconds >= LONG_EXPOSURE_S && this.props.is('long-exposure-nr', 'on') ? seconds * 1000 : 0;
  }

  private kinds(): Kind[] {
    const f = this.props.key('file-format');
    return f === 'raw' ? ['raw'] : f === 'raw-jpeg' ? ['raw', 'jpeg'] : ['jpeg'];
  }

  private pcKinds(): Kind[] {
    const k = this.props.key('raw-jpeg-pc-save-image');
    return k === 'jpeg-only' ? ['jpeg'] : k === 'raw-only' ? ['raw'] : ['raw', 'jpeg'];
  }

  private spec(x: Exposure): ShotSpec {
    const stepOffset = x.stepOffset ?? 0;
    const { model, seed } = this.body.identity;
    const exp = this.props.exposure();
    const format = this.props.key('file-format');
    const factor = format === 'jpeg' ? (SIZE_FACTOR[this.props.key('image-size') ?? 'l'] ?? 1) : 1;
    const blur = planeBlur(this.body.focus.position(), exp.fnumber, model.lens.focalMm);
    // A BULB frame is as bright as its open time makes it (relative to the 30 s the meter assumes).
    const bulbEv = x.bulb ? Math.log2(Math.max(1e-4, x.bulb.seconds) / exposureSeconds(0)) : 0;
    const step = Math.max(-15, Math.min(15, brightnessStep(exp.diffEv + bulbEv) + stepOffset));
    const settings = {
      shutter: exp.shutter,
      fnumber: exp.fnumber,
      iso: isoParts(exp.iso).iso,
      biasEv: this.props.num('exposure-compensation') / 1000 + stepOffset / 3,
      exposureProgram: EXPOSURE_PROGRAM_EXIF[this.props.program()],
      ...(x.bulb ? { exposureSeconds: x.bulb.seconds } : {}),
    };
    const size = { width: Math.round(model.width * factor), height: Math.round(model.height * factor) };
    const capturedAt = x.bulb?.openedAt ?? this.body.options.now();
    return {
      exif: shotExif(this.body.identity, capturedAt, settings, size),
      look: { blur, step, quality: JPEG_QUALITY[this.props.key('image-quality') ?? 'fine'] ?? 90 },
      rawWidth: model.rawWidth,
      rawHeight: model.rawHeight,
      seed: (seed ^ capturedAt.getTime()) >>> 0,
    };
  }

  /**
   * Takes one exposure: the shutter opens now (or opened at `bulb.openedAt`) and closes after
   * `exposeMs`; the body then reports it exposed (CrNotify_Captured_Event, as the CRSDK driver does),
   * spends `processMs` on long-exposure NR and delivers the files. Returns false when it refused the shot.
   */
  take(x: Exposure = {}, exposeMs = 0, processMs = 0): boolean {
    if (this.body.state !== 'connected') return false;
    const dest = this.props.key('still-image-store-destination');
    const toCard = dest !== 'host-pc';
    const toHost = dest !== 'memory-card';
    if (toCard && this.body.faults.cardIsFull) {
      const error = new TetherError(ErrorCode.CardFull, 'memory card full: shot not taken');
      this.body.emitError(error.toValue());
      return false;
    }
    const spec = this.spec(x);
    const kinds = this.kinds();
    const cardNumber = toCard ? this.body.card.takeFileNumber() : null;
    const hostKinds = toHost ? (kinds.length === 2 ? this.pcKinds() : kinds) : [];
    const gen = this.gen;
    const exposed = () => {
      if (gen !== this.gen) return;
      this.body.events.emit('operationResult', {
        cameraId: this.body.id,
        operation: 'capture',
        result: 'exposed',
      });
    };
    if (exposeMs > 0) setTimeout(exposed, exposeMs);
    else exposed();
    const wait = exposeMs + processMs;
    const ready = wait > 0 ? new Promise<void>((r) => setTimeout(r, wait)) : null;
    this.pipeline = this.pipeline
      .then(async () => {
        if (ready) await ready;
        await this.deliver(spec, kinds, cardNumber, hostKinds, gen);
      })
      .catch((err) => {
        // A delivery cut short by a disconnect is not an error of its own.
        if (gen !== this.gen) return;
        const sdkCode = (err as TetherError).details?.sdkCode;
        this.body.emitError(toErrorValue(err), typeof sdkCode === 'number' ? sdkCode : undefined);
      });
    return true;
  }

  /** Resolves once every exposure taken so far is delivered (or dropped). */
  settled(): Promise<void> {
    return this.pipeline;
  }

  private async deliver(
    spec: ShotSpec,
    kinds: Kind[],
    cardNumber: CardNumber | null,
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
