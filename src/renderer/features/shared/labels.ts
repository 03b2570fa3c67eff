import type { ConnectionMode, ConnectionState } from '../../../shared/camera-types';

/** Connection modes in words a photographer understands. */
export const MODE_LABEL: Record<ConnectionMode, string> = {
  remote: 'Remote',
  'remote-transfer': 'Remote + card',
  contents: 'Card only',
};

/** What each connection mode is for (tooltips). */
export const MODE_HINT: Record<ConnectionMode, string> = {
  remote: 'Full control; every shot is imported into the session at once',
  'remote-transfer': 'Full control plus access to the files on the card',
  contents: 'Card access only: no live view or shooting',
};

/** Connection states as the badge says them. */
export const CONNECTION_LABEL: Record<ConnectionState, string> = {
  connected: 'Connected',
  connecting: 'Connecting…',
  disconnecting: 'Disconnecting…',
  reconnecting: 'Reconnecting…',
  disconnected: 'Disconnected',
};

/**
 * Values the camera (and the Alpha API) reports as tokens, in words. The token stays the option's value,
 * so API clients and the camera see exactly what they did before.
 */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  'priority-key': { 'pc-remote': 'PC Remote', 'camera-position': 'Camera' },
  'still-image-store-destination': {
    'host-pc': 'Computer only',
    'memory-card': 'Card only',
    both: 'Computer + card',
  },
};

/** Short labels for settings whose catalog label does not fit the panel (the full one is the tooltip). */
const PROPERTY_LABELS: Record<string, string> = {
  'still-image-store-destination': 'Save shots to',
};

/** A property value as the panel shows it. */
export function valueLabel(property: string, formatted: string): string {
  return VALUE_LABELS[property]?.[formatted] ?? formatted;
}

/** A property's label as the panel shows it (short enough never to be cut). */
export function propertyLabel(property: string, catalogLabel: string): string {
  return PROPERTY_LABELS[property] ?? catalogLabel;
}

/** Display names of the driver kinds. */
export const DRIVER_LABEL: Record<string, string> = {
  sim: 'Simulated camera',
  crsdk: 'Sony Camera Remote SDK',
  gphoto2: 'libgphoto2 (Canon, Nikon, Fujifilm, Panasonic, …)',
  multi: 'Sony Camera Remote SDK + libgphoto2',
};

/** What a photographer needs to know about the driver, in one line (the details live in About). */
export const DRIVER_SHORT: Record<string, string> = {
  sim: 'Simulated camera — no real camera is plugged in',
  crsdk: 'Sony camera over USB',
  gphoto2: 'Camera over USB (libgphoto2)',
  multi: 'Sony and other cameras over USB',
};
