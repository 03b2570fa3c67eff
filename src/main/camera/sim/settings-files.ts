import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { crc32 } from 'node:zlib';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { SimBody } from './sim-body';

/**
 * Camera settings files and LUTs of the simulated body. `CUMSET.DAT` is a binary image of the
 * body's writable settings: a header naming the model, (code, value) records, 0xFF fill to a fixed size
 * and a CRC-32, so an upload can be checked like the body checks it.
 */

/** The settings file the body offers. */
export const SETTINGS_FILE = 'CUMSET.DAT';
const MAGIC = 'SONY CUMSET\0';
const FILE_SIZE = 32 * 1024;
const HEADER = 64;
const RECORD = 12;

/** One stored setting. */
export interface SettingRecord {
  code: number;
  value: number;
}

/** Serialises settings for `model`. */
export function encodeSettings(model: string, records: SettingRecord[]): Buffer {
  const buf = Buffer.alloc(FILE_SIZE, 0xff);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt16LE(1, 12);
  buf.writeUInt16LE(records.length, 14);
  buf.fill(0, 16, HEADER);
  buf.write(model.slice(0, 31), 16, 'latin1');
  records.forEach((r, i) => {
    const at = HEADER + i * RECORD;
    buf.writeUInt32LE(r.code, at);
    buf.writeBigInt64LE(BigInt(Math.trunc(r.value)), at + 4);
  });
  buf.writeUInt32LE(crc32(buf.subarray(0, FILE_SIZE - 4)), FILE_SIZE - 4);
  return buf;
}

/** Parses and checks a settings file for `model`; throws INVALID_ARGUMENT on anything the body refuses. */
export function decodeSettings(model: string, buf: Buffer): SettingRecord[] {
  const bad = (why: string) =>
    new TetherError(ErrorCode.InvalidArgument, `not a valid ${SETTINGS_FILE} for ${model}: ${why}`);
  if (buf.length !== FILE_SIZE) throw bad(`size ${buf.length}, expected ${FILE_SIZE}`);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw bad('bad signature');
  if (buf.readUInt32LE(FILE_SIZE - 4) !== crc32(buf.subarray(0, FILE_SIZE - 4)))
    throw bad('checksum mismatch');
  const fileModel = buf.toString('latin1', 16, 48).replace(/\0.*$/s, '');
  if (fileModel !== model) throw bad(`written by ${fileModel}`);
  const count = buf.readUInt16LE(14);
  if (HEADER + count * RECORD > FILE_SIZE - 4) throw bad('record count out of range');
  return Array.from({ length: count }, (_, i) => {
    const at = HEADER + i * RECORD;
    return { code: buf.readUInt32LE(at), value: Number(buf.readBigInt64LE(at + 4)) };
  });
}

/** Reads a host file, mapping a missing/unreadable file to NOT_FOUND / IO_ERROR. */
export async function readHostFile(path: string, maxBytes: number): Promise<Buffer> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new TetherError(
      code === 'ENOENT' ? ErrorCode.NotFound : ErrorCode.IoError,
      `cannot read ${path}: ${(err as Error).message}`,
    );
  }
  if (buf.length > maxBytes)
    throw new TetherError(ErrorCode.InvalidArgument, `${path} is larger than ${maxBytes} bytes`);
  return buf;
}

/** LUT sizes the body imports. */
const LUT_SIZES = new Set([17, 33, 65]);

/** Validates a 3D `.cube` LUT; returns its title and size. */
export function validateCube(text: string): { title: string; size: number } {
  const bad = (why: string) => new TetherError(ErrorCode.InvalidArgument, `invalid .cube LUT: ${why}`);
  let title = '';
  let size = 0;
  let rows = 0;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (/^TITLE\s/.test(line)) title = line.slice(6).trim().replace(/^"|"$/g, '');
    else if (/^LUT_1D_SIZE\s/.test(line)) throw bad('1D LUTs are not supported');
    else if (/^LUT_3D_SIZE\s/.test(line)) size = Number(line.split(/\s+/)[1]);
    else if (/^DOMAIN_(MIN|MAX)\s/.test(line)) continue;
    else if (/^[-+]?[\d.]/.test(line)) {
      if (!size) throw bad(`data before LUT_3D_SIZE (line ${i + 1})`);
      const nums = line.split(/\s+/).map(Number);
      if (nums.length !== 3 || nums.some((n) => !Number.isFinite(n)))
        throw bad(`line ${i + 1} is not three numbers`);
      rows++;
    } else throw bad(`unknown keyword on line ${i + 1}`);
  }
  if (!size) throw bad('LUT_3D_SIZE missing');
  if (!LUT_SIZES.has(size)) throw bad(`LUT_3D_SIZE ${size} (the body takes 17, 33 or 65)`);
  if (rows !== size ** 3) throw bad(`${rows} rows, expected ${size ** 3}`);
  return { title, size };
}

/** Writes the body's settings file to `hostPath` (`.part`, flushed, renamed). */
export async function downloadSettingsFile(body: SimBody, filename: string, hostPath: string): Promise<void> {
  body.requireConnected(['remote', 'remote-transfer']);
  if (filename !== SETTINGS_FILE)
    throw new TetherError(ErrorCode.NotFound, `the body has no settings file ${filename}`);
  const data = encodeSettings(body.identity.model.name, body.props.settingsRecords());
  try {
    await writeFile(`${hostPath}.part`, data, { flush: true });
    await rename(`${hostPath}.part`, hostPath);
  } catch (err) {
    await rm(`${hostPath}.part`, { force: true });
    throw new TetherError(ErrorCode.IoError, `cannot write ${hostPath}: ${(err as Error).message}`);
  }
}

/** Loads a settings file into the body (validated first; a bad file changes nothing). */
export async function uploadSettingsFile(body: SimBody, hostPath: string): Promise<void> {
  body.requireRemoteControl();
  const records = decodeSettings(body.identity.model.name, await readHostFile(hostPath, 1024 * 1024));
  body.mutate(() => body.props.restore(records));
}

/** Imports a `.cube` LUT into user slot 1..16. */
export async function importLutFile(body: SimBody, hostPath: string, slot: number): Promise<void> {
  body.requireRemoteControl();
  if (!Number.isInteger(slot) || slot < 1 || slot > 16)
    throw new TetherError(ErrorCode.InvalidArgument, `LUT slot ${slot} outside 1..16`);
  const { title } = validateCube((await readHostFile(hostPath, 32 * 1024 * 1024)).toString('utf8'));
  body.luts.set(slot, title || basename(hostPath));
}
