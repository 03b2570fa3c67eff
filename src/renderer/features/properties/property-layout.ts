/** Which properties the side panel shows, in which section, in order (Alpha API names). */
export const PROPERTY_SECTIONS: readonly { title: string; names: readonly string[] }[] = [
  {
    title: 'Exposure',
    names: ['exposure-program-mode', 'shutter-speed', 'aperture', 'iso', 'exposure-compensation'],
  },
  { title: 'White balance', names: ['white-balance', 'white-balance-color-temp'] },
  { title: 'Focus', names: ['focus-mode', 'focus-area'] },
  { title: 'Drive', names: ['drive-mode'] },
  { title: 'File', names: ['file-format', 'image-quality', 'still-image-store-destination'] },
  { title: 'Control', names: ['priority-key'] },
];

/** The priority-key property and the value that gives the computer control. */
export const PRIORITY_KEY = 'priority-key';
/** The value that gives the computer control (hex, decimal and friendly forms are all accepted). */
export const PC_REMOTE = 'pc-remote';

/** True when a formatted priority-key value means the computer has control. */
export function isPcRemote(formatted: string | undefined, hex?: string): boolean {
  if (!formatted && !hex) return true;
  const f = (formatted ?? '').toLowerCase().replace(/[\s_]/g, '-');
  return f.includes('pc') || f.includes('remote') || hex === '0x2';
}
