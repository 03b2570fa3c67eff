import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { createLogger } from '../core/logger';

const log = createLogger('window-state');

/** Remembered main-window geometry (`dataDir/window-state.json`). */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});
/** Remembered main-window geometry. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** A display's usable area. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** First-run geometry: large enough for live view plus panels, centred by the OS. */
export const DEFAULT_WINDOW_STATE: WindowState = {
  width: 1440,
  height: 900,
  maximized: false,
  fullScreen: false,
};

/** The file name inside the data dir. */
export const WINDOW_STATE_FILE = 'window-state.json';

/**
 * Keeps a remembered position only if enough of the window's title bar lands on a current display (monitors get
 * unplugged between runs); otherwise drops x/y so the OS centres it. Size is clamped to the largest display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Area[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const fitted: WindowState = {
    ...state,
    width: Math.min(state.width, maxW),
    height: Math.min(state.height, maxH),
  };
  if (fitted.x === undefined || fitted.y === undefined) return { ...fitted, x: undefined, y: undefined };
  const titleBar: Area = { x: fitted.x, y: fitted.y, width: fitted.width, height: 40 };
  const visible = workAreas.some((a) => overlap(titleBar, a) >= Math.min(200, fitted.width) * 40 * 0.5);
  return visible ? fitted : { ...fitted, x: undefined, y: undefined };
}

function overlap(a: Area, b: Area): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Loads the remembered geometry. Missing file → defaults. A corrupt file is moved aside (never silently
 * reset) and reported through `onCorrupt`; the window then opens with defaults.
 */
export async function loadWindowState(
  dataDir: string,
  onCorrupt: (report: { file: string; movedTo: string; reason: string }) => void = () => {},
): Promise<WindowState> {
  const file = join(dataDir, WINDOW_STATE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      log.warn(`cannot read ${file}: ${(err as Error).message}`);
    return { ...DEFAULT_WINDOW_STATE };
  }
  let reason: string;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    reason = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  } catch (err) {
    reason = `invalid JSON: ${(err as Error).message}`;
  }
  const movedTo = `${file}.corrupt-${Date.now()}`;
  try {
    await rename(file, movedTo);
  } catch (err) {
    log.warn(`cannot move corrupt ${file} aside: ${(err as Error).message}`);
  }
  log.warn(`window state was corrupt (${reason}); moved to ${movedTo}`);
  onCorrupt({ file, movedTo, reason });
  return { ...DEFAULT_WINDOW_STATE };
}

/** Writes the geometry atomically: `.part`, fsync, rename. */
export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  const valid = windowStateSchema.parse(state);
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, WINDOW_STATE_FILE);
  const part = `${file}.part`;
  const handle = await open(part, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(valid, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(part, file);
}
