import type { AfState, FocusFrame, RawProperty, RawValue } from '../../../shared/camera-types';
import { propertyByCode } from '../../../shared/properties/catalog';
import { CR } from '../../../shared/properties/codes';
import { TYPE_BITS, isSigned } from '../../../shared/properties/value-types';
import type { NativeFocusFrame, NativeProperty } from './abi';

/** CrDataType bits. */
export const DATA_TYPE = {
  SignBit: 0x1000,
  ArrayBit: 0x2000,
  RangeBit: 0x4000,
  STR: 0xffff,
  UInt16: 0x0002,
  UInt32: 0x0003,
  Int8: 0x1001,
  Int16: 0x1002,
} as const;
/** CrPriorityKeySettings. */
export const PRIORITY_KEY = { cameraPosition: 1, pcRemote: 2 } as const;
/** CrFocusMode values that matter to the driver. */
export const FOCUS_MODE = { MF: 1, DMF: 6 } as const;
/** CrLockIndicator. */
export const LOCK = { unlocked: 1, locked: 2 } as const;
/** CrSlotStatus. */
export const SLOT_STATUS = { ok: 0, noCard: 1 } as const;

/** Whether a property carries a string (CrDataType_STR). */
export function isStringType(valueType: number): boolean {
  return valueType === DATA_TYPE.STR;
}

/**
 * A native property as the driver contract wants it. `writable` follows the SDK's set-enable flag and, as the
 * body does, the priority key: while it is at the camera only the priority key itself can be written.
 * `available` lists the camera's values only while the property is writable.
 */
export function toRawProperty(p: NativeProperty, priorityKey: number | undefined): RawProperty {
  const value: RawValue = isStringType(p.valueType) ? p.currentStr : p.current;
  const gated =
    priorityKey !== undefined && priorityKey !== PRIORITY_KEY.pcRemote && p.code !== CR.PriorityKeySettings;
  const range = (p.valueType & DATA_TYPE.RangeBit) !== 0 && !isStringType(p.valueType);
  const writable = p.setEnabled && !gated;
  // Like the body: a property that cannot be written now offers no values.
  return { code: p.code, value, writable, available: writable && !range ? p.values : [] };
}

const ELEMENT_BITS: Record<number, number> = { 1: 8, 2: 16, 3: 32, 4: 64 };

/**
 * Reads a property's values as the catalog types it. Some bodies report a signed property with an unsigned
 * data type (Sony's header declares exposure bias CrDataType_UInt16 although it carries signed EV x 1000),
 * so the bridge, following the reported type, hands over 64536 for -1.0 EV: re-read such values as signed.
 */
export function withCatalogSign(p: NativeProperty): NativeProperty {
  const def = propertyByCode(p.code);
  if (!def || def.valueType === 'string' || !isSigned(def.valueType) || p.valueType & DATA_TYPE.SignBit)
    return p;
  const bits = Math.min(ELEMENT_BITS[p.valueType & 0x0f] ?? 64, TYPE_BITS[def.valueType]);
  const signed = (v: number) => (v >= 2 ** (bits - 1) && v < 2 ** bits ? v - 2 ** bits : v);
  return { ...p, current: signed(p.current), values: p.values.map(signed) };
}

/** Value type to write a property with: the element type, without array/range bits. */
export function writeType(valueType: number): number {
  return isStringType(valueType) ? valueType : valueType & ~(DATA_TYPE.ArrayBit | DATA_TYPE.RangeBit);
}

/** Focus indication (CrFocusIndicator) as the afStatus event's state. */
export function afStateFromIndication(value: number): AfState {
  switch (value) {
    case 0x0001:
      return 'unlocked';
    case 0x0102:
    case 0x0103:
      return 'focused';
    case 0x0303:
      return 'tracking';
    case 0x0202:
    case 0x0203:
      return 'failed';
    default:
      return 'focusing';
  }
}

const FRAME_TYPES: Record<number, string> = {
  1: 'phase-detection-af-sensor',
  2: 'phase-detection-image-sensor',
  3: 'wide',
  4: 'zone',
  5: 'central-emphasis',
  6: 'contrast-flexible-main',
  7: 'contrast-flexible-assist',
  8: 'contrast',
  15: 'frame-somewhere',
};
const TRACKING_TYPES: Record<number, string> = { 1: 'non-target-af', 2: 'target-af' };
const FRAME_STATES: Record<number, FocusFrame['state']> = {
  1: 'not-focused',
  2: 'focused',
  3: 'selection',
  4: 'moving',
  6: 'registration-af',
  7: 'island',
};

/** A native AF (kind 1) or tracking (kind 2) frame as the contract's FocusFrame. */
export function toFocusFrame(f: NativeFocusFrame, kind: 1 | 2): FocusFrame {
  return {
    type: (kind === 1 ? FRAME_TYPES : TRACKING_TYPES)[f.type] ?? 'unknown',
    state: FRAME_STATES[f.state] ?? 'unknown',
    priority: f.priority,
    position: { x: f.x, y: f.y },
    size: { width: f.width, height: f.height },
  };
}

/** Value of `code` in a list, if present. */
export function valueOf(props: readonly NativeProperty[], code: number): number | undefined {
  return props.find((p) => p.code === code)?.current;
}
