import { redact } from './log-redact';

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

/** Somewhere log lines also go (the rotating log file). */
export interface LogSink {
  write(line: string): void;
}

/** One entry as a text line: `timestamp LEVEL scope [camera]: message`. */
export function formatLogLine(entry: LogEntry): string {
  const cam = entry.cameraId ? ` [${entry.cameraId}]` : '';
  return `${entry.timestamp} ${entry.level.toUpperCase()} ${entry.scope}${cam}: ${entry.message}`;
}

/**
 * Keeps the last N log entries in memory, optionally echoes them to stderr and writes them to sinks (log
 * files). Every message is redacted first (tokens in URLs, Bearer headers, registered secrets), so no copy —
 * memory, `/api/server/logs`, stderr, files, diagnostics — ever holds a secret.
 */
export class LogBuffer {
  private readonly entries: LogEntry[] = [];
  private readonly sinks = new Set<LogSink>();
  private readonly secrets: string[] = [];
  /** Minimum level written to sinks. */
  sinkLevel: LogLevel = 'info';
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

  /** Registers a secret (the API token): it is replaced by `[redacted]` in every later line. */
  addSecret(secret: string): void {
    if (secret && !this.secrets.includes(secret)) this.secrets.push(secret);
  }

  /** The registered secrets (for redacting other text the same way). */
  get knownSecrets(): readonly string[] {
    return this.secrets;
  }

  /** Adds a sink; returns its removal. */
  addSink(sink: LogSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Appends one entry (redacted). */
  push(raw: LogEntry): void {
    const entry = { ...raw, message: redact(raw.message, this.secrets) };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    const wanted = (min: LogLevel | null) => min !== null && RANK[entry.level] >= RANK[min];
    const line = this.sinks.size > 0 || this.echoLevel ? formatLogLine(entry) : '';
    if (wanted(this.echoLevel)) process.stderr.write(`${line}\n`);
    if (wanted(this.sinkLevel)) for (const sink of this.sinks) sink.write(line);
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
