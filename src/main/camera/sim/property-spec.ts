import type { RawValue } from '../../../shared/camera-types';
import { propertyByName, type PropertyDef } from '../../../shared/properties';
import type { ProgramMode } from './exposure';
import type { SimModel } from './sim-models';

// How the sim describes a property: its factory value and the rules for writability and values.

/** Read access to the current values, for rules. */
export interface RuleContext {
  readonly model: SimModel;
  value(name: string): RawValue;
  /** Enum key of the current value (`af-c`), or undefined. */
  key(name: string): string | undefined;
  /** The exposure program as the sim reasons about it. */
  program(): ProgramMode;
}

/** One property the sim reports. */
export interface SimPropSpec {
  readonly name: string;
  readonly init: (m: SimModel) => RawValue;
  /** Values the body offers now (before priority-key gating); default: every catalog enum value. */
  readonly available?: (c: RuleContext) => readonly RawValue[];
  /** Writable now (before priority-key gating); default true unless the catalog marks it read-only. */
  readonly writable?: (c: RuleContext) => boolean;
  /**
   * A range property (CrDataType_*Range: min, max, step) instead of a value list: it reports no
   * available values (as the CRSDK driver does for ranges) and accepts any step within the range.
   */
  readonly range?: { min: number; max: number; step: number };
  /**
   * A write the body takes although the value is not listed as such (a magnifier centre rides on a listed
   * ratio): the value the body stores, or undefined to refuse it as not available.
   */
  readonly accept?: (
    value: RawValue,
    current: RawValue,
    available: readonly RawValue[],
  ) => RawValue | undefined;
}

/** The catalog entry for `name`; a missing core entry is a programming error. */
export function catalogDef(name: string): PropertyDef {
  const d = propertyByName(name);
  if (!d) throw new Error(`sim: property ${name} missing from the catalog`);
  return d;
}

/** Raw value of an enum key (`enumValue('focus-mode', 'af-c')`). */
export function enumValue(name: string, key: string): number {
  const entry = catalogDef(name).enum?.find((e) => e.key === key);
  if (!entry) throw new Error(`sim: ${name} has no enum key ${key}`);
  return entry.value;
}

/** Enum key of a raw value. */
export function enumKey(name: string, value: RawValue): string | undefined {
  return catalogDef(name).enum?.find((e) => e.value === value)?.key;
}

/** A rule returning fixed enum values by key. */
export const keys =
  (name: string, ...ks: string[]) =>
  (): number[] =>
    ks.map((k) => enumValue(name, k));
/** A factory value given by enum key. */
export const initKey = (name: string, key: string) => () => enumValue(name, key);

/** Every enum value of a catalog property (specs without an explicit list offer them all). */
export function defaultAvailable(name: string): readonly RawValue[] {
  return (catalogDef(name).enum ?? []).map((e) => e.value);
}

/** Not writable in intelligent Auto. */
export const notAuto = (c: RuleContext): boolean => c.program() !== 'AUTO';
