import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DiagnosticsBundle } from '../../shared/diagnostics-types';
import type { LogBuffer } from '../core/logger';
import type { RotatingLogFile } from '../core/log-file';
import { redact, redactDeep } from '../core/log-redact';
import type { Studio } from './studio';
import { appVersion } from './version';

/** How much of each log file a bundle carries (its end). */
export const DIAGNOSTICS_LOG_TAIL_BYTES = 512 * 1024;

/** What a bundle is built from. */
export type DiagnosticsStudio = Pick<Studio, 'driverStatus' | 'settings' | 'cameras' | 'transfers'> & {
  logs: LogBuffer;
};

async function tail(
  path: string,
  secrets: readonly string[],
): Promise<DiagnosticsBundle['logs']['files'][number] | null> {
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0) return null;
  const start = Math.max(0, size - DIAGNOSTICS_LOG_TAIL_BYTES);
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(size - start);
    await fh.read(buf, 0, buf.length, start);
    // Cut at the first full line when starting mid-file; redacted again (older lines predate a token).
    const text = buf.toString('utf8');
    const body = start > 0 ? text.slice(text.indexOf('\n') + 1) : text;
    return { name: basename(path), size, truncated: start > 0, text: redact(body, secrets) };
  } finally {
    await fh.close();
  }
}

/** Versions of everything that matters for a bug report. */
export function versions(): Record<string, string> {
  const v: Record<string, string> = {
    app: appVersion(),
    node: process.versions.node,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
  };
  for (const key of ['electron', 'chrome', 'uv', 'openssl'] as const) {
    const value = (process.versions as Record<string, string | undefined>)[key];
    if (value) v[key] = value;
  }
  return v;
}

/**
 * The diagnostics bundle: versions, the active driver, settings, cameras, transfer counts and failures,
 * pending imports, corrupt files found, the recent in-memory log and the log files' tails. Secrets never
 * appear: every string goes through the same redaction as the logs (the API token, `?token=`, Bearer),
 * and setting fields named like secrets are blanked.
 */
export async function buildDiagnostics(
  studio: DiagnosticsStudio,
  logFile?: RotatingLogFile,
): Promise<DiagnosticsBundle> {
  const secrets = studio.logs.knownSecrets;
  const jobs = studio.transfers.list();
  const counts: Record<string, number> = {};
  for (const j of jobs) counts[j.state] = (counts[j.state] ?? 0) + 1;
  const files = [];
  for (const path of logFile?.files() ?? []) {
    const t = await tail(path, secrets).catch(() => null);
    if (t) files.push(t);
  }
  const bundle: DiagnosticsBundle = {
    format: 'tether-studio-diagnostics/1',
    createdAt: new Date().toISOString(),
    versions: versions(),
    driver: { ...studio.driverStatus },
    settings: studio.settings.get() as Record<string, unknown>,
    cameras: await studio.cameras.list().catch(() => []),
    transfers: {
      counts,
      failed: jobs
        .filter((j) => j.state === 'failed')
        .map((j) => ({ id: j.id, originalName: j.originalName, ...(j.error ? { error: j.error } : {}) })),
    },
    pendingImports: studio.transfers.listPending(),
    corruptFiles: [...studio.settings.problems],
    logs: { recent: studio.logs.recent(2000, 'debug'), files: [] },
  };
  // Redact everything but the file texts (already redacted line by line above).
  return { ...redactDeep(bundle, secrets), logs: { recent: redactDeep(bundle.logs.recent, secrets), files } };
}
