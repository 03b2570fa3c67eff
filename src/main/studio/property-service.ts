import type { RawProperty, RawValue } from '../../shared/camera-types';
import { ErrorCode, TetherError, toErrorValue } from '../../shared/errors';
import {
  describeProperty,
  formatValue,
  matchAvailable,
  parseValue,
  propertyByCode,
  propertyByName,
} from '../../shared/properties/index';
import type { PropertyDef } from '../../shared/properties/index';
import type { PropertyView } from '../../shared/properties/property-view';
import type { CameraRegistryApi } from './camera-registry-api';
import type { PropertyServiceApi } from './property-api';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { EventBus } from '../core/event-bus';

/** Dependencies of {@link PropertyService}. */
export interface PropertyServiceDeps {
  driver: CameraDriver;
  registry: CameraRegistryApi;
  bus: EventBus;
  log: Logger;
  /** How long `set` waits for the camera to report the new value before re-reading anyway. */
  settleTimeoutMs?: number;
}

const PRIORITY_KEY = 'priority-key';

/**
 * Property cache per camera, refreshed on `propertyChanged` (only the changed codes are re-read), and
 * validated writes: parse with the catalog, check writable and the camera's current available values,
 * write, re-read. The bus `propertyChanged` event is emitted after the cache holds the new values.
 */
export class PropertyService implements PropertyServiceApi {
  private readonly cache = new Map<string, Map<number, RawProperty>>();
  private readonly refresh = new Map<string, Promise<void>>();
  private readonly offs: (() => void)[] = [];

  constructor(private readonly deps: PropertyServiceDeps) {}

  /** Subscribes to driver property and connection events. */
  attach(): void {
    const ev = this.deps.driver.events;
    this.offs.push(
      ev.on('propertyChanged', ({ cameraId, codes }) => this.onChanged(cameraId, codes)),
      ev.on('disconnected', ({ cameraId }) => this.cache.delete(cameraId)),
      ev.on('connected', ({ cameraId }) => this.cache.delete(cameraId)),
    );
  }

  /** Stops listening. */
  detach(): void {
    this.offs.splice(0).forEach((off) => off());
  }

  async getAll(cameraId: string): Promise<PropertyView[]> {
    const props = await this.load(cameraId);
    const views: PropertyView[] = [];
    for (const raw of props.values()) {
      const view = describeProperty(raw);
      if (view) views.push(view);
    }
    return views;
  }

  async get(cameraId: string, name: string): Promise<PropertyView> {
    const def = this.def(name);
    const props = await this.load(cameraId);
    const raw = props.get(def.code) ?? (await this.reread(cameraId, def.code));
    return this.view(cameraId, def, raw);
  }

  async set(cameraId: string, name: string, input: string): Promise<PropertyView> {
    const def = this.def(name);
    if (typeof input !== 'string' || input.trim() === '') {
      throw new TetherError(ErrorCode.InvalidValue, `A value is required for ${def.name}`);
    }
    // Between connection changes: a write requested during a connect waits for it instead of failing.
    return this.deps.registry.work(cameraId, () => this.write(cameraId, def, input));
  }

  private async write(cameraId: string, def: PropertyDef, input: string): Promise<PropertyView> {
    this.deps.registry.requireConnected(cameraId);
    if (def.readOnly) throw new TetherError(ErrorCode.PropertyNotWritable, `${def.name} is read-only`);
    const current = await this.reread(cameraId, def.code);
    if (!current) throw new TetherError(ErrorCode.NotSupported, `The camera does not report ${def.name}`);
    if (!current.writable) {
      if (def.name !== PRIORITY_KEY && (await this.priorityKeyBlocks(cameraId))) {
        throw new TetherError(
          ErrorCode.PriorityKeyNotPcRemote,
          `${def.name} cannot be set while the priority key is on the camera; set priority-key to pc-remote first`,
        );
      }
      throw new TetherError(
        ErrorCode.PropertyNotWritable,
        `${def.name} cannot be changed in the camera's current state`,
      );
    }
    const parsed = parseValue(def, input.trim());
    let target: RawValue = parsed;
    if (current.available.length > 0) {
      const match = matchAvailable(def, parsed, current.available);
      if (match === undefined) {
        const list = current.available.slice(0, 24).map((v) => formatValue(def, v));
        const more = current.available.length > list.length ? `, … (${current.available.length} in all)` : '';
        throw new TetherError(
          ErrorCode.ValueNotAvailable,
          `${formatValue(def, parsed)} is not available for ${def.name} now; available: ${list.join(', ')}${more}`,
          {
            available: current.available,
          },
        );
      }
      target = match;
    }
    let notify = (): void => undefined;
    const changed = new Promise<void>((resolve) => (notify = resolve));
    const off = this.deps.driver.events.on('propertyChanged', (p) => {
      if (p.cameraId === cameraId && p.codes.includes(def.code)) notify();
    });
    let after: RawProperty | undefined;
    try {
      await this.deps.driver.setProperty(cameraId, def.code, target);
      after = await this.reread(cameraId, def.code);
      if (after && after.value !== target) {
        // Real bodies apply some values asynchronously: wait for their change notification, then read again.
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>(
          (resolve) => (timer = setTimeout(resolve, this.deps.settleTimeoutMs ?? 1000)),
        );
        await Promise.race([changed, timeout]);
        clearTimeout(timer);
        after = await this.reread(cameraId, def.code);
      }
    } finally {
      off();
    }
    return this.view(cameraId, def, after);
  }

  getPriorityKey(cameraId: string): Promise<PropertyView> {
    return this.get(cameraId, PRIORITY_KEY);
  }

  setPriorityKey(cameraId: string, input: string): Promise<PropertyView> {
    return this.set(cameraId, PRIORITY_KEY, input);
  }

  /** True when the camera reports a priority key other than pc-remote. */
  private async priorityKeyBlocks(cameraId: string): Promise<boolean> {
    const def = propertyByName(PRIORITY_KEY);
    if (!def) return false;
    const raw = (await this.load(cameraId)).get(def.code);
    const key = def.enum?.find((e) => e.value === raw?.value)?.key;
    return key !== undefined && key !== 'pc-remote';
  }

  private def(name: string): PropertyDef {
    const def = typeof name === 'string' ? propertyByName(name) : undefined;
    if (!def) throw new TetherError(ErrorCode.UnknownProperty, `Unknown property '${String(name)}'`);
    return def;
  }

  private view(cameraId: string, def: PropertyDef, raw: RawProperty | undefined): PropertyView {
    const view = raw ? describeProperty(raw) : null;
    if (!view)
      throw new TetherError(ErrorCode.NotSupported, `Camera ${cameraId} does not report ${def.name}`);
    return view;
  }

  /** The camera's properties, loading them all on first use after a connect. */
  private async load(cameraId: string): Promise<Map<number, RawProperty>> {
    this.deps.registry.requireConnected(cameraId);
    let props = this.cache.get(cameraId);
    if (!props) {
      const all = await this.deps.driver.getProperties(cameraId);
      props = new Map(all.map((p) => [p.code, p]));
      this.cache.set(cameraId, props);
    }
    return props;
  }

  /** Reads one property fresh from the camera and updates the cache. */
  private async reread(cameraId: string, code: number): Promise<RawProperty | undefined> {
    const [raw] = await this.deps.driver.getSelectedProperties(cameraId, [code]);
    const props = this.cache.get(cameraId);
    if (props) {
      if (raw) props.set(code, raw);
      else props.delete(code);
    }
    return raw;
  }

  private onChanged(cameraId: string, codes: number[]): void {
    // Serialise per camera so an older read never overwrites a newer one.
    const prev = this.refresh.get(cameraId) ?? Promise.resolve();
    const next = prev.then(async () => {
      const props = this.cache.get(cameraId);
      if (props && codes.length > 0) {
        try {
          const fresh = await this.deps.driver.getSelectedProperties(cameraId, codes);
          const seen = new Set<number>();
          for (const p of fresh) {
            props.set(p.code, p);
            seen.add(p.code);
          }
          for (const code of codes) if (!seen.has(code)) props.delete(code);
        } catch (err) {
          // Keep serving nothing stale: drop the cache, the next read reloads everything.
          this.cache.delete(cameraId);
          this.deps.log.debug(`property refresh failed: ${toErrorValue(err).message}`, { cameraId });
        }
      }
      const names = codes.map((c) => propertyByCode(c)?.name).filter((n): n is string => n !== undefined);
      this.deps.bus.emit('propertyChanged', { cameraId, codes, count: codes.length, names });
    });
    this.refresh.set(cameraId, next);
    void next.finally(() => {
      if (this.refresh.get(cameraId) === next) this.refresh.delete(cameraId);
    });
  }
}
