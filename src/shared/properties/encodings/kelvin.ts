// CRSDK: Colortemp is CrDataType_UInt16, the colour temperature in kelvin, step 100.

/** Colour temperatures 2500 K … 9900 K in steps of 100 K (ILCE-7M4 C.Temp range). */
export const COLOR_TEMPS: readonly number[] = Array.from({ length: 75 }, (_, i) => 2500 + i * 100);

/** `5600K`. */
export function formatKelvin(raw: number): string {
  return `${raw}K`;
}

/** Friendly kelvin forms: `5600K`, `5600 k`. Bare numbers are read as raw (they are the same). */
export function parseKelvin(text: string): number | undefined {
  const m = /^(\d+)\s*k$/i.exec(text);
  return m ? Number(m[1]) : undefined;
}
