import type { PropertyValueType } from './types';

/** Bit width of each numeric CRSDK data type. */
export const TYPE_BITS: Readonly<Record<Exclude<PropertyValueType, 'string'>, number>> = {
  uint8: 8,
  int8: 8,
  uint16: 16,
  int16: 16,
  uint32: 32,
  int32: 32,
  uint64: 64,
  int64: 64,
};

/** True for the signed CRSDK data types. */
export function isSigned(type: PropertyValueType): boolean {
  return type.startsWith('int');
}

/** Inclusive range of a numeric type, clipped to what a JS number holds exactly. */
export function typeRange(type: Exclude<PropertyValueType, 'string'>): { min: number; max: number } {
  const bits = TYPE_BITS[type];
  if (isSigned(type)) {
    return {
      min: Math.max(-(2 ** (bits - 1)), Number.MIN_SAFE_INTEGER),
      max: Math.min(2 ** (bits - 1) - 1, Number.MAX_SAFE_INTEGER),
    };
  }
  return { min: 0, max: Math.min(2 ** bits - 1, Number.MAX_SAFE_INTEGER) };
}

/**
 * Reads an unbounded integer (from hex or decimal text) as a value of `type`. Signed types accept their
 * two's-complement form at the type width and the 64-bit sign extension some SDK paths emit.
 * Returns undefined when the number does not fit.
 */
export function fitToType(big: bigint, type: Exclude<PropertyValueType, 'string'>): number | undefined {
  const bits = TYPE_BITS[type];
  let v = big;
  if (isSigned(type)) {
    if (v >= 0n && v < 1n << BigInt(bits)) v = BigInt.asIntN(bits, v);
    else if (v >= 0n && v < 1n << 64n) {
      const wide = BigInt.asIntN(64, v);
      if (BigInt.asIntN(bits, wide) !== wide) return undefined;
      v = wide;
    }
  }
  const { min, max } = typeRange(type);
  if (v < BigInt(min) || v > BigInt(max)) return undefined;
  return Number(v);
}

/** Two's-complement hex (`0x…`, lower case, unpadded) of a value within its type width. */
export function hexOf(value: number, type: Exclude<PropertyValueType, 'string'>): string {
  const bits = TYPE_BITS[type];
  return `0x${BigInt.asUintN(bits, BigInt(Math.trunc(value))).toString(16)}`;
}
