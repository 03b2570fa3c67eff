import { ALL_API_ROUTES } from '../../../shared/api';
import { prng } from '../../core/prng';

/** One generated request. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/json; charset=latin1',
];
const JUNK_SEGMENTS = [
  '',
  '..',
  '%2e%2e',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  'null',
  'undefined',
  '-1',
  '0',
  '1',
  '2',
  '3',
  '99999999999999999999',
  '1e9',
  'NaN',
  '💥',
  '<script>',
  "' OR 1=1",
  'a'.repeat(300),
  'all',
  'iso',
  'CON',
  '\\..\\',
  '%2F',
];
const JUNK_QUERIES = [
  'events=',
  'events=bogus',
  'events=afStatus,,',
  'after=-1',
  'after=abc',
  'after=99999999999999999999',
  'lastEventId=x',
  'lines=0',
  'lines=1e9',
  'level=loud',
  'limit=0',
  'format=png',
  'template=',
  'template=%7B',
  'sessionId=..',
  'cameraId=%00',
  'a=1&a=2',
  '%=%',
  'token=x',
];

/** Random printable-ish text that never starts with a path separator (no writes outside the temp dir). */
function junkString(rnd: () => number): string {
  const pool = [
    '',
    'x',
    '0x1',
    'ISO 800',
    'f/5.6',
    '1/250',
    '-',
    '..',
    'a/b',
    'C:',
    '\u0000',
    '💥',
    'DSC00001.JPG',
    'remote',
    'pc-remote',
    'menu',
    '{seq:4}',
    '{',
    'true',
  ];
  const s = pool[Math.floor(rnd() * pool.length)] + (rnd() < 0.2 ? 'y'.repeat(Math.floor(rnd() * 5000)) : '');
  return s.replace(/^[/\\]+/, '');
}

/** A random JSON value of bounded depth. */
function junkValue(rnd: () => number, depth = 0): unknown {
  const r = rnd();
  if (depth > 3 || r < 0.15) return junkString(rnd);
  if (r < 0.3) return [0, -1, 1.5, 1e308, -1e308, 2 ** 53, 639, 640, 480, 7, -7, 0.5][Math.floor(rnd() * 12)];
  if (r < 0.4) return [true, false, null][Math.floor(rnd() * 3)];
  if (r < 0.55) return Array.from({ length: Math.floor(rnd() * 4) }, () => junkValue(rnd, depth + 1));
  const keys = [
    'value',
    'mode',
    'setting',
    'x',
    'y',
    'normalized',
    'action',
    'button',
    'speed',
    'direction',
    'step',
    'path',
    'prefix',
    'startNo',
    'save_path',
    'filename',
    'filePath',
    'slot',
    'refs',
    'name',
    'template',
    'autofocus',
    'type',
    '__proto__',
    'constructor',
  ];
  const obj: Record<string, unknown> = {};
  for (let i = Math.floor(rnd() * 4); i >= 0; i--)
    obj[keys[Math.floor(rnd() * keys.length)]] = junkValue(rnd, depth + 1);
  return obj;
}

/** Generates `count` bad (or borderline) requests from `seed`. */
export function generateFuzzRequests(seed: number, count: number, cameraId: string): FuzzRequest[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const out: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    const route = pick(ALL_API_ROUTES);
    // Segments are escaped for the wire, but '%' is sometimes left raw to produce broken escapes.
    const segment = () => encodeURIComponent(pick(JUNK_SEGMENTS)).replace(/%25/g, rnd() < 0.5 ? '%' : '%25');
    let path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      name === 'cameraId' && rnd() < 0.6 ? cameraId : segment(),
    );
    if (rnd() < 0.15) path = `/${Array.from({ length: 1 + Math.floor(rnd() * 5) }, segment).join('/')}`;
    if (rnd() < 0.4) path += `?${pick(JUNK_QUERIES)}${rnd() < 0.3 ? `&${pick(JUNK_QUERIES)}` : ''}`;
    const method = rnd() < 0.6 ? route.method : pick(METHODS);
    const headers: Record<string, string> = {};
    let body: string | Buffer | undefined;
    const b = rnd();
    if (b < 0.2) body = undefined;
    else if (b < 0.35)
      body = pick([
        '{',
        '{"value":',
        '[1,2',
        'null',
        '"str"',
        '123',
        '{"a":1}}',
        '\u0000\u0001',
        'not json at all',
      ]);
    else if (b < 0.4) body = Buffer.from(Array.from({ length: 64 }, () => Math.floor(rnd() * 256)));
    else if (b < 0.42) body = JSON.stringify({ value: 'x'.repeat(1_100_000) });
    else body = JSON.stringify(junkValue(rnd));
    if (body !== undefined) headers['Content-Type'] = rnd() < 0.7 ? 'application/json' : pick(CONTENT_TYPES);
    if (rnd() < 0.05)
      headers['Last-Event-ID'] = junkString(rnd)
        .slice(0, 40)
        .replace(/[^\x20-\x7e]/g, '');
    if (rnd() < 0.05) headers['If-None-Match'] = '"x", W/"y", *';
    out.push({ method, path, headers, body });
  }
  return out;
}
