import type { RawProperty, RawValue } from '../../../shared/camera-types';
import { propertyByName } from '../../../shared/properties/index';
import type { GpWidget } from './gp-api';
import { driveModeKey, fileFormatKey, focusModeKey, whiteBalanceKey } from './widget-enums';
import { biasRaw, fnumberRaw, isoRaw, percentRaw, shutterRaw } from './widget-values';

/** One catalog property backed by a gphoto2 widget. */
export interface WidgetMapping {
  /** Catalog name. */
  readonly name: string;
  /** CRSDK code of that catalog entry. */
  readonly code: number;
  /** gphoto2 widget names that carry it, most specific first (vendors name them differently). */
  readonly widgets: readonly string[];
  /** Widget text → catalog raw value; undefined when the catalog cannot express it. */
  readonly toRaw: (text: string) => number | undefined;
  /** Status values: never written from the host. */
  readonly readOnly?: boolean;
}

function enumOf(
  name: string,
  key: (text: string) => string | undefined,
): (text: string) => number | undefined {
  const entries = propertyByName(name)?.enum ?? [];
  return (text) => {
    const k = key(text);
    return k === undefined ? undefined : entries.find((e) => e.key === k)?.value;
  };
}

function mapping(
  name: string,
  widgets: readonly string[],
  toRaw: (text: string) => number | undefined,
  readOnly = false,
): WidgetMapping {
  const def = propertyByName(name);
  if (!def) throw new Error(`the catalog has no ${name}`);
  return { name, code: def.code, widgets, toRaw, readOnly };
}

/** Every widget-backed property the driver reports. Store destination is handled apart (capturetarget). */
export const WIDGET_MAPPINGS: readonly WidgetMapping[] = [
  mapping('iso', ['iso', 'isospeed'], isoRaw),
  mapping('aperture', ['f-number', 'aperture', 'fnumber'], fnumberRaw),
  mapping('shutter-speed', ['shutterspeed', 'shutterspeed2', 'exposuretime'], shutterRaw),
  mapping('exposure-compensation', ['exposurecompensation', 'exposurecompensation2'], biasRaw),
  mapping('white-balance', ['whitebalance'], enumOf('white-balance', whiteBalanceKey)),
  mapping('focus-mode', ['focusmode', 'focusmode2'], enumOf('focus-mode', focusModeKey)),
  mapping('drive-mode', ['drivemode', 'capturemode', 'stillcapturemode'], enumOf('drive-mode', driveModeKey)),
  mapping('file-format', ['imageformat', 'imagequality'], enumOf('file-format', fileFormatKey)),
  mapping('battery-remain', ['batterylevel'], percentRaw, true),
];

/** Widgets by name, flattened out of a config tree (first occurrence wins). */
export function flattenWidgets(root: GpWidget, into = new Map<string, GpWidget>()): Map<string, GpWidget> {
  if (root.name && !into.has(root.name) && root.type !== 'window' && root.type !== 'section')
    into.set(root.name, root);
  for (const child of root.children ?? []) flattenWidgets(child, into);
  return into;
}

/** The widget that backs a mapping on this body, if any. */
export function widgetFor(m: WidgetMapping, widgets: ReadonlyMap<string, GpWidget>): GpWidget | undefined {
  for (const name of m.widgets) {
    const w = widgets.get(name);
    if (w && w.value !== null) return w;
  }
  return undefined;
}

/** The widget's values as text: radio/menu choices, a range stepped out (bounded), else the current value. */
function choicesOf(w: GpWidget): string[] {
  if (w.choices) return w.choices;
  if (w.range && w.range.step > 0 && (w.range.max - w.range.min) / w.range.step <= 400) {
    const out: string[] = [];
    for (let v = w.range.min; v <= w.range.max + w.range.step / 2; v += w.range.step)
      out.push(String(Math.round(v * 1000) / 1000));
    return out;
  }
  return [String(w.value)];
}

/** One property as the driver reports it, or undefined when the current value has no catalog form. */
export function toRawProperty(m: WidgetMapping, w: GpWidget): RawProperty | undefined {
  const value = m.toRaw(String(w.value));
  if (value === undefined) return undefined;
  const writable = !m.readOnly && !w.readonly;
  const available: RawValue[] = [];
  if (writable) {
    for (const choice of choicesOf(w)) {
      const raw = m.toRaw(choice);
      if (raw !== undefined && !available.includes(raw)) available.push(raw);
    }
  }
  return { code: m.code, value, writable, available };
}

/**
 * The widget text to write for a raw value: the current text when it already means that value (several
 * strings may share one catalog value, e.g. Canon's JPEG sizes), else the first choice that does.
 */
export function choiceFor(m: WidgetMapping, w: GpWidget, raw: RawValue): string | undefined {
  if (m.toRaw(String(w.value)) === raw) return String(w.value);
  return choicesOf(w).find((c) => m.toRaw(c) === raw);
}

/** The mapping of a CRSDK code. */
export function mappingByCode(code: number): WidgetMapping | undefined {
  return WIDGET_MAPPINGS.find((m) => m.code === code);
}
