import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { makeDir } from './bounded-fs';
import { ioError } from './fs-errors';

/** A persisted file that was found corrupt and moved aside (shown by the UI). */
export interface CorruptFileReport {
  /** The file that was corrupt. */
  file: string;
  /** Where it was moved (`<file>.corrupt-<timestamp>`). */
  movedTo: string;
  /** Why it was rejected (JSON or schema error). */
  reason: string;
  /** Epoch ms. */
  at: number;
}

/** Result of loading a JSON file: the value (null when absent or corrupt) and the corruption report, if any. */
export interface JsonLoadResult<T> {
  value: T | null;
  corrupt?: CorruptFileReport;
}

/** A filesystem-safe timestamp for `.corrupt-<timestamp>` names. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Writes `data` to `path` atomically: `path.part` → fsync → rename, so a file under its final name is
 * complete. A failed write leaves no `.part` behind.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await makeDir(dirname(path));
  const part = `${path}.part`;
  try {
    const fh = await open(part, 'w');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(part, path);
  } catch (err) {
    await rm(part, { force: true }).catch(() => undefined);
    throw ioError(err, path, 'Cannot write');
  }
}

/**
 * One zod-validated JSON document on disk. Loads move a corrupt file aside (`<file>.corrupt-<timestamp>`)
 * and report it instead of silently resetting; saves are atomic and coalesced (only the latest value is
 * written when saves pile up).
 */
export class JsonFile<S extends z.ZodType> {
  private writing: Promise<void> | null = null;
  private pending: { value: z.output<S> } | null = null;

  constructor(
    readonly path: string,
    private readonly schema: S,
  ) {}

  /** Reads and validates; ENOENT gives `{value: null}`; bad JSON or schema moves the file aside. */
  async load(): Promise<JsonLoadResult<z.output<S>>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { value: null };
      // A folder where the file should be is as corrupt as bad JSON: moved aside, never a failed start.
      if (code === 'EISDIR') return this.quarantine('a folder stands where the file should be');
      throw ioError(err, this.path, 'Cannot read');
    }
    let reason: string;
    try {
      const parsed = this.schema.safeParse(JSON.parse(text));
      if (parsed.success) return { value: parsed.data };
      reason = `schema: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
    } catch (err) {
      reason = `JSON: ${(err as Error).message}`;
    }
    return this.quarantine(reason);
  }

  private async quarantine(reason: string): Promise<JsonLoadResult<z.output<S>>> {
    const movedTo = `${this.path}.corrupt-${fileStamp()}`;
    await rename(this.path, movedTo).catch((err: unknown) => {
      throw ioError(err, this.path, 'Cannot move aside the corrupt');
    });
    return { value: null, corrupt: { file: this.path, movedTo, reason, at: Date.now() } };
  }

  /** Saves `value` (validated) atomically; concurrent saves coalesce to the last value. */
  save(value: z.output<S>): Promise<void> {
    this.pending = { value };
    if (!this.writing) this.writing = this.drain();
    return this.writing;
  }

  /** Resolves when every save requested so far is on disk. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Deletes the file (and a stray `.part`). */
  async remove(): Promise<void> {
    await this.flush();
    await rm(this.path, { force: true });
    await rm(`${this.path}.part`, { force: true });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        const { value } = this.pending;
        this.pending = null;
        const checked = this.schema.parse(value);
        await writeFileAtomic(this.path, `${JSON.stringify(checked, null, 2)}\n`);
      }
    } finally {
      this.writing = null;
    }
  }
}
