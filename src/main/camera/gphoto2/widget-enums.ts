// Vendor strings of libgphoto2's enumerated widgets → catalog enum keys. The strings are libgphoto2's own
// (camlibs/ptp2/config.c tables: Canon EOS, Nikon, Sony, Fuji, generic PTP), compared case-insensitively with
// spaces, `_` and `-` alike. A string not listed here has no catalog value and is not offered.

const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

function table(entries: Record<string, readonly string[]>): (text: string) => string | undefined {
  const map = new Map<string, string>();
  for (const [key, spellings] of Object.entries(entries)) for (const s of spellings) map.set(norm(s), key);
  return (text) => map.get(norm(text));
}

/** whitebalance → `white-balance` keys. */
export const whiteBalanceKey = table({
  auto: ['Auto', 'Automatic', 'AWB', 'Auto White Balance'],
  daylight: ['Daylight', 'Fine Weather', 'Sunny', 'Direct Sunlight'],
  shade: ['Shade', 'Shadow'],
  cloudy: ['Cloudy', 'Cloud'],
  incandescent: ['Tungsten', 'Incandescent'],
  fluorescent: ['Fluorescent'],
  'fluorescent-warm-white': ['Fluorescent: Warm White', 'Fluorescent Lamp 1', 'Fluorescent 1'],
  'fluorescent-cool-white': ['Fluorescent: Cool White', 'Fluorescent Lamp 2', 'Fluorescent 2'],
  'fluorescent-day-white': ['Fluorescent: Day White', 'Fluorescent Lamp 3', 'Fluorescent 3'],
  'fluorescent-daylight': ['Fluorescent: Daylight'],
  flash: ['Flash', 'Strobe'],
  'color-temp': ['Color Temperature', 'Colour Temperature', 'Choose Color Temperature', 'Kelvin'],
  custom: ['Manual', 'Preset', 'Custom', 'One Push Automatic'],
  'underwater-auto': ['Underwater', 'Underwater Auto'],
});

/** focusmode → `focus-mode` keys (Nikon/Sony `AF-S`, Canon `One Shot`, Fuji `Single-Servo AF`, PTP `Manual`). */
export const focusModeKey = table({
  mf: ['Manual', 'MF', 'Manual Focus', 'MF (fixed)', 'MF (selection)'],
  'af-s': ['AF-S', 'One Shot', 'Single-Servo AF', 'Single AF', 'AF Single'],
  'af-c': ['AF-C', 'AI Servo', 'Continuous-Servo AF', 'Continuous AF', 'AF Continuous'],
  'af-a': ['AF-A', 'AI Focus', 'Automatic', 'Auto', 'AF Automatic'],
  dmf: ['DMF', 'Direct Manual Focus'],
});

/** drivemode / capturemode → `drive-mode` keys. */
export const driveModeKey = table({
  single: ['Single', 'Single Shot', 'Single Frame', 'Single Shooting', 'S'],
  continuous: ['Continuous', 'Burst', 'Continuous Shooting'],
  'continuous-hi': ['Continuous high speed', 'Continuous High Speed', 'Continuous Hi', 'CH', 'Burst High'],
  'continuous-lo': ['Continuous low speed', 'Continuous Low Speed', 'Continuous Lo', 'CL', 'Burst Low'],
  'continuous-mid': ['Continuous Mid', 'Continuous medium speed'],
  'timer-10s': ['Timer 10 sec', 'Self-timer', 'Self Timer', 'Self Timer 10 sec', 'Timer', '10 sec Timer'],
  'timer-2s': ['Timer 2 sec', 'Self Timer 2 sec', '2 sec Timer'],
  'timer-5s': ['Timer 5 sec', 'Self Timer 5 sec'],
  'mirror-up': ['Mirror Up', 'Mirror-up'],
  'remote-commander': ['Remote', 'Remote Control'],
  timelapse: ['Timelapse', 'Interval Timer'],
});

/** imageformat / imagequality → `file-format` keys. RAW names: NEF, CR2/CR3, ARW, RAF, ORF, RW2, DNG, PEF. */
export function fileFormatKey(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  const raw = /\b(raw|nef|cr2|cr3|arw|raf|orf|rw2|dng|pef|srw|x3f|[msc]raw)\b/.test(t);
  const jpeg = /\b(jpe?g|fine|normal|basic|standard|extra fine|large|medium|small)\b/.test(t);
  const heif = /\b(heif|heic|hif)\b/.test(t);
  if (raw && heif) return 'raw-heif';
  if (raw && (jpeg || t.includes('+'))) return 'raw-jpeg';
  if (raw) return 'raw';
  if (heif) return 'heif';
  return jpeg ? 'jpeg' : undefined;
}

/** capturetarget → store destination: the camera's RAM (download and delete) or its card. */
export function captureTargetKind(text: string): 'ram' | 'card' | undefined {
  const t = norm(text);
  // `card+sdram` (Sony) keeps the shot on the card too: a card target.
  if (t.includes('card') || t.includes('memory')) return 'card';
  if (t.includes('ram') || t === 'pc' || t.includes('host')) return 'ram';
  return undefined;
}
