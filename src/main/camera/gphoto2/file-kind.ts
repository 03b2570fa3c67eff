import { extname } from 'node:path';
import type { CardFile } from '../../../shared/camera-types';

const RAW = new Set([
  'nef',
  'nrw',
  'cr2',
  'cr3',
  'crw',
  'arw',
  'srf',
  'sr2',
  'raf',
  'orf',
  'rw2',
  'rwl',
  'dng',
  'pef',
  'srw',
  'x3f',
  '3fr',
  'iiq',
  'erf',
  'mef',
  'mos',
  'kdc',
  'dcr',
]);

/** The catalog's kind of a file by its extension. */
export function kindOf(name: string): CardFile['kind'] {
  const ext = extname(name).slice(1).toLowerCase();
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  if (RAW.has(ext)) return 'raw';
  if (ext === 'heif' || ext === 'heic' || ext === 'hif') return 'heif';
  if (['mov', 'mp4', 'avi', 'mts', 'm2ts', 'mxf'].includes(ext)) return 'movie';
  return 'other';
}
