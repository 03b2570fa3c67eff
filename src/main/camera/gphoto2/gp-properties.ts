import type { RawProperty, RawValue } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import { propertyByCode, propertyByName } from '../../../shared/properties/index';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { Logger } from '../../core/logger';
import type { DriverEventMap } from '../driver';
import type { Gphoto2Api, GpWidget } from './gp-api';
import type { GpLink } from './gp-link';
import { captureTargetKind } from './widget-enums';
import {
  WIDGET_MAPPINGS,
  choiceFor,
  flattenWidgets,
  mappingByCode,
  toRawProperty,
  widgetFor,
} from './widget-mapping';

const SHOOTING = ['remote', 'remote-transfer'] as const;
const destination = (key: string): number =>
  propertyByName('still-image-store-destination')?.enum?.find((e) => e.key === key)?.value ?? -1;
const HOST = destination('host-pc');
const CARD = destination('memory-card');
const BOTH = destination('both');

const SLOTS = [
  [CR.MediaSLOT1_Status, CR.MediaSLOT1_RemainingNumber],
  [CR.MediaSLOT2_Status, CR.MediaSLOT2_RemainingNumber],
] as const;

/** Card slot status (OK: the storage is there) and shots left, from the storages last read. */
function slotProperties(link: GpLink): RawProperty[] {
  return link.storages
    .slice(0, 2)
    .flatMap((s, i) => [
      { code: SLOTS[i][0], value: 0, writable: false, available: [] },
      ...(s.freeImages !== undefined
        ? [{ code: SLOTS[i][1], value: s.freeImages, writable: false, available: [] }]
        : []),
    ]);
}

/** Reads the storages again; reports the slot properties when they changed. */
export async function refreshStorages(
  link: GpLink,
  api: Gphoto2Api,
  events: TypedEmitter<DriverEventMap>,
): Promise<void> {
  const before = JSON.stringify(slotProperties(link));
  link.storages = await link.call((cam) => api.storage(cam)).catch(() => link.storages);
  if (JSON.stringify(slotProperties(link)) !== before)
    events.emit('propertyChanged', { cameraId: link.cameraId, codes: SLOTS.flat() });
}

/** Where shots go: the camera's RAM (downloaded, then deleted), its card, or its card plus a download. */
export type Destination = 'host' | 'card' | 'both';

/** The link's store destination, from `capturetarget` (when the body has it) and the driver's download flag. */
export function destinationOf(link: GpLink): Destination {
  const target = link.widgets.get('capturetarget');
  if (target && captureTargetKind(String(target.value)) === 'ram') return 'host';
  return link.alsoDownload ? 'both' : 'card';
}

/**
 * Properties over gphoto2 widgets: the config tree is read at connect and again on the camera's property
 * events; values are translated to the catalog's raw encodings (widget-mapping). Writes go through
 * `gp_camera_set_single_config` and are read back before `propertyChanged` is emitted.
 */
export class GpProperties {
  private readonly refreshTimers = new Map<GpLink, NodeJS.Timeout>();

  constructor(
    private readonly api: Gphoto2Api,
    private readonly events: TypedEmitter<DriverEventMap>,
    private readonly log: Logger,
  ) {}

  /** Reads the whole config tree into the link. */
  async load(link: GpLink): Promise<void> {
    const root = await link.call((cam) => this.api.config(cam));
    link.widgets = flattenWidgets(root);
  }

  /** Every property the body reports now. */
  all(link: GpLink): RawProperty[] {
    const props: RawProperty[] = [];
    for (const m of WIDGET_MAPPINGS) {
      const w = widgetFor(m, link.widgets);
      const p = w && toRawProperty(m, w);
      if (p) props.push(p);
    }
    props.push(this.storeDestination(link), ...slotProperties(link));
    return props;
  }

  private storeDestination(link: GpLink): RawProperty {
    const target = link.widgets.get('capturetarget');
    const canRam = !!target?.choices?.some((c) => captureTargetKind(c) === 'ram');
    const value = { host: HOST, card: CARD, both: BOTH }[destinationOf(link)];
    return {
      code: CR.StillImageStoreDestination,
      value,
      writable: !target?.readonly,
      available: [...(canRam ? [HOST] : []), CARD, BOTH],
    };
  }

  /** Writes a raw value; resolves once the body reports it (read back) and `propertyChanged` went out. */
  async set(link: GpLink, code: number, value: RawValue): Promise<void> {
    link.requireMode(SHOOTING);
    if (code === CR.StillImageStoreDestination) return this.setDestination(link, value);
    const m = mappingByCode(code);
    const def = propertyByCode(code);
    if (!def)
      throw new TetherError(ErrorCode.UnknownProperty, `unknown property code 0x${code.toString(16)}`);
    const w = m && widgetFor(m, link.widgets);
    if (!m || !w) throw new TetherError(ErrorCode.NotSupported, `this body does not offer ${def.name}`);
    if (m.readOnly || w.readonly)
      throw new TetherError(ErrorCode.PropertyNotWritable, `${def.name} is read-only`);
    const choice = choiceFor(m, w, value);
    if (choice === undefined) {
      const p = toRawProperty(m, w);
      throw new TetherError(
        ErrorCode.ValueNotAvailable,
        `${String(value)} is not available for ${def.name}`,
        {
          available: p?.available ?? [],
        },
      );
    }
    await this.write(link, w, choice);
    this.events.emit('propertyChanged', { cameraId: link.cameraId, codes: [code] });
    this.scheduleRefresh(link);
  }

  private async write(link: GpLink, w: GpWidget, choice: string): Promise<void> {
    const value = w.type === 'range' || w.type === 'toggle' ? Number(choice) : choice;
    await link.call((cam) => this.api.setWidget(cam, w.name, value));
    const fresh = await link.call((cam) => this.api.widget(cam, w.name));
    link.widgets.set(w.name, fresh);
  }

  private async setDestination(link: GpLink, value: RawValue): Promise<void> {
    const target = link.widgets.get('capturetarget');
    const want = value === HOST ? 'ram' : value === CARD || value === BOTH ? 'card' : undefined;
    const choice = want && target?.choices?.find((c) => captureTargetKind(c) === want);
    if (!want || (want === 'ram' && !choice))
      throw new TetherError(
        ErrorCode.ValueNotAvailable,
        `${String(value)} is not available for the store destination`,
        {
          available: this.storeDestination(link).available,
        },
      );
    if (target && choice && captureTargetKind(String(target.value)) !== want)
      await this.write(link, target, choice);
    if (want === 'card') link.alsoDownload = value === BOTH;
    this.events.emit('propertyChanged', { cameraId: link.cameraId, codes: [CR.StillImageStoreDestination] });
  }

  /** Re-reads the config soon (coalesced) and reports the properties whose value or choices changed. */
  scheduleRefresh(link: GpLink, delayMs = 150): void {
    if (this.refreshTimers.has(link)) return;
    const timer = setTimeout(() => {
      this.refreshTimers.delete(link);
      if (link.closing || link.state !== 'connected') return;
      const before = new Map(this.all(link).map((p) => [p.code, JSON.stringify(p)]));
      this.load(link)
        .then(() => {
          const after = this.all(link);
          const changed = after.filter((p) => before.get(p.code) !== JSON.stringify(p)).map((p) => p.code);
          const gone = [...before.keys()].filter((c) => !after.some((p) => p.code === c));
          const codes = [...changed, ...gone];
          if (codes.length) this.events.emit('propertyChanged', { cameraId: link.cameraId, codes });
        })
        .catch((err) =>
          this.log.debug(`config refresh failed: ${(err as Error).message}`, { cameraId: link.cameraId }),
        );
    }, delayMs);
    timer.unref();
    this.refreshTimers.set(link, timer);
  }

  /** Cancels a pending refresh (link closing). */
  forget(link: GpLink): void {
    const timer = this.refreshTimers.get(link);
    if (timer) clearTimeout(timer);
    this.refreshTimers.delete(link);
  }
}
