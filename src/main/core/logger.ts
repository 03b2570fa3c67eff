/** Log levels, lowest first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
/** A log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One buffered log line (the shape `/api/server/logs` returns). */
export interface LogEntry {
  timestamp: string;
  level: LogLevel;
  scope: string;
  message: string;
  cameraId?: string;
}

/** A logger bound to one module scope. */
export interface Logger {
  debug(message: string, fields?: { cameraId?: string }): void;
  info(message: string, fields?: { cameraId?: string }): void;
  warn(message: string, fields?: { cameraId?: string }): void;
  error(message: string, fields?: { cameraId?: string }): void;
  /** A logger for a sub-scope (`camera` → `camera:sim`). */
  child(scope: string): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Keeps the last N log entries in memory and optionally echoes them to stderr. */
export class LogBuffer {
  private readonly entries: LogEntry[] = [];
  /** Minimum level echoed to stderr; `null` echoes nothing (tests). */
  echoLevel: LogLevel | null;

  constructor(
    private readonly capacity = 2000,
    echoLevel: LogLevel | null = process.env.TETHER_LOG_LEVEL
      ? (process.env.TETHER_LOG_LEVEL as LogLevel)
      : 'info',
  ) {
    this.echoLevel = process.env.VITEST ? null : echoLevel;
  }

  /** Appends one entry. */
  push(entry: LogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    if (this.echoLevel && RANK[entry.level] >= RANK[this.echoLevel]) {
      const cam = entry.cameraId ? ` [${entry.cameraId}]` : '';
      process.stderr.write(
        `${entry.timestamp} ${entry.level.toUpperCase()} ${entry.scope}${cam}: ${entry.message}\n`,
      );
    }
  }

  /** The most recent `lines` entries at or above `minLevel`, oldest first. */
  recent(lines = 100, minLevel: LogLevel = 'info'): LogEntry[] {
    const filtered = this.entries.filter((e) => RANK[e.level] >= RANK[minLevel]);
    return filtered.slice(Math.max(0, filtered.length - lines));
  }

  /** Total entries currently buffered. */
  get size(): number {
    return this.entries.length;
  }

  /** A logger writing into this buffer under `scope`. */
  logger(scope: string): Logger {
    const write = (level: LogLevel) => (message: string, fields?: { cameraId?: string }) =>
      this.push({
        timestamp: new Date().toISOString(),
        level,
        scope,
        message,
        ...(fields?.cameraId ? { cameraId: fields.cameraId } : {}),
      });
    return {
      debug: write('debug'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
      child: (sub: string) => this.logger(`${scope}:${sub}`),
    };
  }
}

/** The process-wide log buffer (one per process; tests may build their own). */
export const rootLogs = new LogBuffer();

/** A scoped logger on the process-wide buffer. */
export function createLogger(scope: string): Logger {
  return rootLogs.logger(scope);
}
