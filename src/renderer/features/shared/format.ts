/** Bytes in human units (decimal, like camera and OS file sizes). */
export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} KB`;
  return `${n} B`;
}

/** Transfer speed, e.g. `38.2 MB/s`. */
export function formatSpeed(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/s`;
}

/** Seconds as `m:ss` (or `h:mm:ss`). */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** One formatter for every day label (`toLocaleDateString` with options builds a new one per call). */
let dayFormat: Intl.DateTimeFormat | null = null;
const dayLabels = new Map<string, string>();

/** The local calendar date of an ISO timestamp, e.g. `Tue 14 May 2024`; the raw prefix when unparsable. */
export function formatDay(iso: string): string {
  const day = iso.slice(0, 10);
  const known = dayLabels.get(day);
  if (known !== undefined) return known;
  const d = new Date(`${day}T12:00:00`);
  if (Number.isNaN(d.getTime())) return day || 'Unknown date';
  dayFormat ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const label = dayFormat.format(d);
  if (dayLabels.size < 10_000) dayLabels.set(day, label);
  return label;
}
