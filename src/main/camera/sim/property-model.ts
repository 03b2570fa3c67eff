import type { ConnectionMode, RawProperty, RawValue } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { ISO_AUTO, isoParts, isoValue, propertyByCode, type PropertyDef } from '../../../shared/properties';
import { meter, type ExposureResult, type ProgramMode } from './exposure';
import {
  catalogDef,
  defaultAvailable,
  enumKey,
  enumValue,
  type RuleContext,
  type SimPropSpec,
} from './property-spec';
import {
  SIM_PROPERTIES,
  STANDARD_ISOS,
  TIMED_SHUTTERS,
  baseArea,
  lensApertures,
  programOf,
} from './property-table';
import type { SimModel } from './sim-models';

/** ISO AUTO's upper limit (menu default on Alpha bodies is 6400; studios often raise it). */
const AUTO_ISO_MAX = 12800;

/** Settings a settings file never carries (control state, not configuration). */
const NOT_RESTORED = new Set(['priority-key', 's1', 'ae-lock', 'awb-lock']);

/** Who is asking: the connection mode and whether the priority key is with the PC. */
interface Gate {
  mode: ConnectionMode;
}

/**
 * One body's property values and the rules tying them together. Writes are validated the way the body
 * validates them; dependent values (metered aperture/shutter, focus area after a focus-mode change) are
 * updated so that a snapshot diff tells exactly which codes changed.
 */
export class PropertyModel implements RuleContext {
  private readonly values = new Map<string, RawValue>();
  private readonly specs: { spec: SimPropSpec; def: PropertyDef }[];
  private exposureCache: ExposureResult | null = null;

  constructor(readonly model: SimModel) {
    this.specs = SIM_PROPERTIES.map((spec) => ({ spec, def: catalogDef(spec.name) }));
    for (const { spec } of this.specs) this.values.set(spec.name, spec.init(model));
    this.applyMetering();
  }

  value(name: string): RawValue {
    const v = this.values.get(name);
    if (v === undefined) throw new Error(`sim: no property ${name}`);
    return v;
  }

  /** Numeric value. */
  num(name: string): number {
    return Number(this.value(name));
  }

  key(name: string): string | undefined {
    return enumKey(name, this.value(name));
  }

  /** True when an enum property holds `key`. */
  is(name: string, key: string): boolean {
    return this.value(name) === enumValue(name, key);
  }

  program(): ProgramMode {
    return programOf(this.key('exposure-program-mode'));
  }

  /** True when the PC holds the priority key. */
  pcHasPriority(): boolean {
    return this.is('priority-key', 'pc-remote');
  }

  /** Body-side change of a value (AF indication, card counts, metering); no validation. */
  setInternal(name: string, value: RawValue): void {
    this.values.set(name, value);
  }

  /** The exposure the body is using now. */
  exposure(): ExposureResult {
    this.exposureCache ??= this.applyMetering();
    return this.exposureCache;
  }

  private writable(spec: SimPropSpec, def: PropertyDef, gate: Gate): boolean {
    if (def.readOnly || gate.mode === 'contents') return false;
    if (spec.name !== 'priority-key' && !this.pcHasPriority()) return false;
    return spec.writable ? spec.writable(this) : true;
  }

  private raw(spec: SimPropSpec, def: PropertyDef, gate: Gate): RawProperty {
    const writable = this.writable(spec, def, gate);
    const available =
      writable && !spec.range
        ? [...(spec.available ? spec.available(this) : defaultAvailable(spec.name))]
        : [];
    return { code: def.code, value: this.value(spec.name), writable, available };
  }

  /** Every property as the body reports it now. */
  list(gate: Gate): RawProperty[] {
    return this.specs.map(({ spec, def }) => this.raw(spec, def, gate));
  }

  /** Selected properties; unknown codes are omitted. */
  select(codes: number[], gate: Gate): RawProperty[] {
    const wanted = new Set(codes);
    return this.specs
      .filter(({ def }) => wanted.has(def.code))
      .map(({ spec, def }) => this.raw(spec, def, gate));
  }

  /** A comparable fingerprint of every property (value, writability, list) keyed by code. */
  snapshot(gate: Gate): Map<number, string> {
    return new Map(this.list(gate).map((p) => [p.code, `${p.value}|${p.writable}|${p.available.join(',')}`]));
  }

  /** Codes whose fingerprint differs between two snapshots. */
  static diff(before: Map<number, string>, after: Map<number, string>): number[] {
    return [...after].filter(([code, fp]) => before.get(code) !== fp).map(([code]) => code);
  }

  /**
   * Validates a host write like the body does and returns the property's name. Throws
   * UNKNOWN_PROPERTY, WRONG_CONNECTION_MODE, PRIORITY_KEY_NOT_PC_REMOTE, PROPERTY_NOT_WRITABLE or
   * VALUE_NOT_AVAILABLE.
   */
  validateWrite(code: number, value: RawValue, gate: Gate): string {
    const entry = this.specs.find(({ def }) => def.code === code);
    const hex = `0x${code.toString(16)}`;
    if (!entry) {
      const known = propertyByCode(code);
      throw new TetherError(
        ErrorCode.UnknownProperty,
        `${known ? known.name : hex} is not reported by this body`,
        { code },
      );
    }
    const { spec, def } = entry;
    if (gate.mode === 'contents') {
      throw new TetherError(
        ErrorCode.WrongConnectionMode,
        'properties cannot be written in contents-transfer mode',
        { code },
      );
    }
    if (def.readOnly)
      throw new TetherError(ErrorCode.PropertyNotWritable, `${def.name} is read-only`, { code });
    if (spec.name !== 'priority-key' && !this.pcHasPriority()) {
      throw new TetherError(
        ErrorCode.PriorityKeyNotPcRemote,
        `set priority-key to pc-remote before writing ${def.name}`,
        { code },
      );
    }
    const prop = this.raw(spec, def, gate);
    if (!prop.writable)
      throw new TetherError(
        ErrorCode.PropertyNotWritable,
        `${def.name} is not writable in the current camera state`,
        { code },
      );
    if (spec.range) {
      const { min, max, step } = spec.range;
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < min ||
        value > max ||
        (value - min) % step
      ) {
        throw new TetherError(
          ErrorCode.ValueNotAvailable,
          `${String(value)} is outside ${def.name}'s range ${min}..${max} (step ${step})`,
          { code, value },
        );
      }
    } else if (
      !prop.available.includes(value) &&
      spec.accept?.(value, this.value(spec.name), prop.available) === undefined
    ) {
      throw new TetherError(
        ErrorCode.ValueNotAvailable,
        `${String(value)} is not among the ${prop.available.length} values ${def.name} accepts now`,
        { code, value },
      );
    }
    return spec.name;
  }

  /** Applies a validated write and its consequences on other settings. */
  write(name: string, value: RawValue): void {
    const spec = this.specs.find((e) => e.spec.name === name)?.spec;
    const available = spec?.available ? spec.available(this) : [];
    this.values.set(name, spec?.accept?.(value, this.value(name), available) ?? value);
    if (name === 'focus-mode') {
      const area = this.key('focus-area') ?? '';
      // Leaving AF-C drops a tracking area to its plain counterpart, as the body does.
      if (!this.is('focus-mode', 'af-c') && area.startsWith('tracking-'))
        this.values.set('focus-area', enumValue('focus-area', baseArea(area)));
    }
    if (name === 'shutter-speed' && value === 0 && this.value('iso') === ISO_AUTO)
      this.values.set('iso', 100);
    if (name === 'exposure-program-mode' && this.program() !== 'M' && this.value('shutter-speed') === 0) {
      this.values.set('shutter-speed', TIMED_SHUTTERS[0]);
    }
    this.exposureCache = this.applyMetering();
  }

  /** The host-writable settings, as a settings file stores them. */
  settingsRecords(): { code: number; value: number }[] {
    return this.specs
      .filter(
        ({ spec, def }) =>
          !def.readOnly && !NOT_RESTORED.has(spec.name) && typeof this.value(spec.name) === 'number',
      )
      .map(({ spec, def }) => ({ code: def.code, value: this.num(spec.name) }));
  }

  /** Applies a settings file: known host-writable properties only, then re-meters. */
  restore(records: { code: number; value: number }[]): void {
    for (const r of records) {
      const e = this.specs.find(({ def }) => def.code === r.code);
      if (!e || e.def.readOnly || NOT_RESTORED.has(e.spec.name)) continue;
      this.values.set(e.spec.name, r.value);
    }
    this.exposureCache = this.applyMetering();
  }

  /** Runs metering and publishes what the body chose (aperture/shutter in auto modes, current ISO). */
  private applyMetering(): ExposureResult {
    const program = this.program();
    const isoRaw = this.num('iso');
    const result = meter(
      {
        program,
        fnumber: this.num('aperture'),
        shutter: this.num('shutter-speed'),
        iso: isoRaw === ISO_AUTO ? null : isoParts(isoRaw).iso,
        biasEv: this.num('exposure-compensation') / 1000,
      },
      {
        fnumbers: lensApertures(this.model),
        shutters: TIMED_SHUTTERS,
        isos: STANDARD_ISOS,
        autoIsoMax: AUTO_ISO_MAX,
      },
    );
    if (program !== 'A' && program !== 'M') this.values.set('aperture', result.fnumber);
    if (program !== 'S' && program !== 'M') this.values.set('shutter-speed', result.shutter);
    if (program === 'AUTO') this.values.set('iso', ISO_AUTO);
    this.values.set('iso-current', isoValue(result.iso));
    this.exposureCache = result;
    return result;
  }
}
