import type { RawValue } from '../camera-types';
import { ErrorCode, TetherError } from '../errors';
import { parseBias } from './encodings/bias';
import { parseFnumber } from './encodings/fnumber';
import { parseIso } from './encodings/iso';
import { parseKelvin } from './encodings/kelvin';
import { parseShutter } from './encodings/shutter';
import { parseDistance, parseInteger, parsePercent } from './encodings/simple';
import { enumTokens } from './enum-lookup';
import { parseMagnifier } from './focus-magnifier';
import { normalizeToken } from './tokens';
import type { PropertyDef, PropertyEncoding } from './types';
import { fitToType, typeRange } from './value-types';

const EXAMPLES: Record<PropertyEncoding, string> = {
  fnumber: '"f/5.6", "5.6", "F8", "0x230" or "560"',
  shutter: '"1/250", 2" (or "2s"), 0.3", "bulb", "0x100fa" or "65786"',
  iso: '"ISO 800", "800", "auto", "0x320"',
  bias: '"+0.7", "-1.3", "0", "-1", "0xfed4" or "-300"',
  kelvin: '"5600K", "5600" or "0x15e0"',
  percent: '"80%", "80" or "0x50"',
  distance: '"1.25 m", "∞", "1250" (mm) or "0x4e2"',
  magnifier: '"×5 at 320,240", "off", or the raw ratio×10 << 32 | x << 16 | y ("0x32014000f0")',
  integer: 'a decimal number ("120") or hex ("0x78")',
  enum: '',
  string: 'any text',
};

function friendly(def: PropertyDef, text: string): number | undefined {
  switch (def.encoding) {
    case 'fnumber':
      return parseFnumber(text);
    case 'shutter':
      return parseShutter(text);
    case 'iso':
      return parseIso(text);
    case 'bias':
      return parseBias(text);
    case 'kelvin':
      return parseKelvin(text);
    case 'percent':
      return parsePercent(text);
    case 'distance':
      return parseDistance(text);
    case 'magnifier':
      return parseMagnifier(text);
    case 'integer':
      return parseInteger(text, def.unit);
    case 'enum':
      // Plain decimals are raw values; token normalization would read "-1" as "1".
      if (/^[-+]?\d+$/.test(text)) return undefined;
      return enumTokens(def.enum ?? []).get(normalizeToken(text));
    case 'string':
      return undefined;
  }
}

function invalid(def: PropertyDef, input: string, why?: string): TetherError {
  const examples =
    def.encoding === 'enum'
      ? `one of ${(def.enum ?? [])
          .slice(0, 12)
          .map((x) => `"${x.key}"`)
          .join(', ')}${(def.enum?.length ?? 0) > 12 ? ', …' : ''} (or a hex / decimal raw value)`
      : EXAMPLES[def.encoding];
  const reason = why ? ` (${why})` : '';
  return new TetherError(
    ErrorCode.InvalidValue,
    `Invalid value ${JSON.stringify(input)} for ${def.name}${reason}; expected ${examples}`,
    { property: def.name, input },
  );
}

/**
 * Parses user or API input into a raw value: hex (`0x320`), a friendly form of the property's encoding
 * (`f/5.6`, `1/250`, `2"`, `ISO 800`, `+0.7`, `wide`, `host-pc`, enum keys and labels case-insensitively),
 * or a raw decimal (`800`). Throws `INVALID_VALUE` naming accepted examples on anything else.
 */
export function parseValue(def: PropertyDef, input: string): RawValue {
  if (def.valueType === 'string') return input;
  const text = input.trim();
  if (!text) throw invalid(def, input, 'empty');
  const type = def.valueType;

  const hex = /^([-+]?)0x([0-9a-f]+)$/i.exec(text);
  if (hex) {
    const big = BigInt(`0x${hex[2]}`) * (hex[1] === '-' ? -1n : 1n);
    const v = fitToType(big, type);
    if (v === undefined) throw invalid(def, input, `out of range for ${type}`);
    return v;
  }

  const f = friendly(def, text);
  if (f !== undefined) {
    const { min, max } = typeRange(type);
    if (!Number.isSafeInteger(f) || f < min || f > max) throw invalid(def, input, `out of range for ${type}`);
    return f;
  }

  if (/^[-+]?\d+$/.test(text)) {
    // Decimal is taken at face value (no two's-complement reading): `-300`, not `65236`, is −0.3 EV.
    const big = BigInt(text);
    const { min, max } = typeRange(type);
    if (big < BigInt(min) || big > BigInt(max)) throw invalid(def, input, `out of range for ${type}`);
    return Number(big);
  }
  throw invalid(def, input);
}
