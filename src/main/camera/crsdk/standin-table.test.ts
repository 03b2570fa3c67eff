import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANDIN_TABLE_FILE, renderStandinTable } from '../../../../scripts/gen-standin-properties';

describe('the stand-in body property table', () => {
  it('is generated from the current simulator table (run `npx tsx scripts/gen-standin-properties.ts`)', () => {
    expect(readFileSync(STANDIN_TABLE_FILE, 'utf8')).toBe(renderStandinTable());
  });

  it('reports exposure bias as Sony declares it (UInt16), not as the catalog types it', () => {
    const text = renderStandinTable();
    expect(text).toMatch(/\{kExposureCompensation, SCRSDK::CrDataType_UInt16, 0, \{60536, /);
  });
});
