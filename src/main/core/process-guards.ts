import type { Logger } from './logger';

/** What the guards do besides logging (e.g. tell the UI through the event bus). */
export interface ProcessGuardHooks {
  /** Called after the failure is logged; must not throw (it is caught anyway). */
  onFailure?(kind: 'unhandledRejection' | 'uncaughtException', err: unknown): void;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

/**
 * Installs `unhandledRejection` and `uncaughtException` handlers that log the failure (with its stack) and keep
 * the process running. Why keep running: the studio's state that matters is on disk and written safely (the
 * transfer journal, session indexes, settings), each job and request fails on its own, and a studio that
 * exits mid-shoot loses the camera connection and live view — the worse outcome. Returns the uninstaller.
 */
export function installProcessGuards(log: Logger, hooks: ProcessGuardHooks = {}): () => void {
  const handle = (kind: 'unhandledRejection' | 'uncaughtException') => (err: unknown) => {
    try {
      log.error(`${kind}: ${describe(err)}`);
      hooks.onFailure?.(kind, err);
    } catch {
      // Nothing more can be done from here; never throw out of the handler (that would exit).
    }
  };
  const onRejection = handle('unhandledRejection');
  const onException = handle('uncaughtException');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
