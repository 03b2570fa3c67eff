import { join } from 'node:path';
import { z } from 'zod';
import type { Studio } from '../app/studio';
import { createLogger } from '../core/logger';

const log = createLogger('electron:server');

/** The embedded REST server's settings, kept under `settings.extra.server`. */
export const embeddedServerSettingsSchema = z.object({
  /** Serve the Alpha Camera REST API while the desktop app runs. */
  enabled: z.boolean().default(true),
  /** Port on 127.0.0.1 (0 = any free port). */
  port: z.number().int().min(0).max(65_535).default(8080),
});
/** The embedded REST server's settings. */
export type EmbeddedServerSettings = z.infer<typeof embeddedServerSettingsSchema>;

/**
 * Reads the server settings: `settings.extra.server`, then `TETHER_SERVER=on|off` and `TETHER_SERVER_PORT`
 * (tests and power users). Invalid stored values fall back to the defaults with a warning.
 */
export function readServerSettings(
  extra: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
): EmbeddedServerSettings {
  const parsed = embeddedServerSettingsSchema.safeParse(extra.server ?? {});
  if (!parsed.success)
    log.warn(`ignoring invalid server settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const settings = parsed.success ? parsed.data : embeddedServerSettingsSchema.parse({});
  if (env.TETHER_SERVER === 'off') settings.enabled = false;
  if (env.TETHER_SERVER === 'on') settings.enabled = true;
  const port = Number(env.TETHER_SERVER_PORT);
  if (env.TETHER_SERVER_PORT && Number.isInteger(port) && port >= 0 && port <= 65_535) settings.port = port;
  return settings;
}

/**
 * The built renderer the embedded server serves at `/`: `out/renderer` next to the main bundle's `out/main`
 * (dev, preview), or the same place inside `app.asar` in a package (Electron's fs reads asar paths).
 */
export function builtRendererDir(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}

/** A running server as the shell needs it. */
export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The server module's entry point (`startServer` in src/main/server), as the shell calls it. */
export type StartServer = (
  studio: Studio,
  options: { port: number; rendererDir: string | null; onShutdownRequest: () => void },
) => Promise<RunningServer>;

/** The embedded server's lifecycle: started from settings, its state shown in the studio status. */
export class EmbeddedServer {
  private running: RunningServer | null = null;
  private enabled = false;

  constructor(
    private readonly studio: Studio,
    private readonly start: StartServer,
    /** The built renderer, also served at `/` so a browser on this machine gets the same UI (null: none). */
    private readonly rendererDir: string | null,
  ) {}

  /** Starts the server if the settings say so. A port in use is logged and reported, never fatal. */
  async startFromSettings(env: NodeJS.ProcessEnv = process.env): Promise<void> {
    const settings = readServerSettings(this.studio.settings.get().extra, env);
    this.enabled = settings.enabled;
    if (!settings.enabled) {
      log.info('embedded REST server is off (settings)');
      return;
    }
    try {
      this.running = await this.start(this.studio, {
        port: settings.port,
        rendererDir: this.rendererDir,
        // `POST /api/server/shutdown` stops the API, not the photographer's desktop app.
        onShutdownRequest: () =>
          void this.stop().catch((err: Error) => log.warn(`server stop failed: ${err.message}`)),
      });
      log.info(`REST API on ${this.running.url}`);
    } catch (err) {
      log.error(`REST server could not start on port ${settings.port}: ${(err as Error).message}`);
    }
  }

  /** What `getStatus` reports: enabled in settings, and the URL while listening. */
  state(): { enabled: boolean; url: string | null } {
    return { enabled: this.enabled, url: this.running?.url ?? null };
  }

  /** Stops the server (idempotent). */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    await running?.close();
  }
}
