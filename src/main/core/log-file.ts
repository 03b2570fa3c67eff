import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Options of {@link RotatingLogFile}. */
export interface RotatingLogOptions {
  /** Base file name (default `tether-studio.log`). */
  name?: string;
  /** Size at which the file is rotated (default 5 MiB). */
  maxBytes?: number;
  /** Rotated files kept besides the live one (default 4: `name.1` … `name.4`). */
  keep?: number;
}

/**
 * Log lines appended to `<dir>/tether-studio.log`, rotated by size (`.1` is the newest old file). Writes are
 * synchronous appends: a line is with the OS the moment it is logged, so a crash or `kill -9` loses nothing
 * already logged, and an `uncaughtException` handler can still write its last words. Never throws: a log
 * file that cannot be written is given up on (the in-memory buffer and stderr still work).
 */
export class RotatingLogFile {
  readonly path: string;
  private fd: number | null = null;
  private size = 0;
  private broken = false;
  private readonly maxBytes: number;
  private readonly keep: number;

  constructor(
    readonly dir: string,
    options: RotatingLogOptions = {},
  ) {
    this.path = join(dir, options.name ?? 'tether-studio.log');
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.keep = Math.max(1, options.keep ?? 4);
  }

  /** Appends one line (a newline is added). */
  write(line: string): void {
    if (this.broken) return;
    try {
      if (this.fd === null) this.open();
      const bytes = Buffer.from(`${line}\n`, 'utf8');
      if (this.size > 0 && this.size + bytes.length > this.maxBytes) this.rotate();
      writeSync(this.fd as number, bytes);
      this.size += bytes.length;
    } catch {
      this.broken = true;
      this.close();
    }
  }

  /** The live file and the rotated ones, newest first. */
  files(): string[] {
    const base = this.path.slice(this.dir.length + 1);
    const rotated = new RegExp(`^${base.replace(/\./g, '\\.')}\\.\\d+$`);
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n === base || rotated.test(n));
    } catch {
      return [];
    }
    const rank = (n: string) => (n === base ? 0 : Number(n.slice(base.length + 1)));
    return names.sort((a, b) => rank(a) - rank(b)).map((n) => join(this.dir, n));
  }

  /** Closes the file (it reopens on the next write). */
  close(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Already closed.
      }
    }
    this.fd = null;
  }

  private open(): void {
    mkdirSync(this.dir, { recursive: true });
    this.fd = openSync(this.path, 'a');
    this.size = fstatSync(this.fd).size;
  }

  private rotate(): void {
    this.close();
    rmSync(`${this.path}.${this.keep}`, { force: true });
    for (let i = this.keep - 1; i >= 1; i--) {
      try {
        renameSync(`${this.path}.${i}`, `${this.path}.${i + 1}`);
      } catch {
        // That generation does not exist yet.
      }
    }
    renameSync(this.path, `${this.path}.1`);
    this.open();
  }
}
