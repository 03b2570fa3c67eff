/**
 * Headless entry (`npm run serve`, `tether-studio serve`): the studio services, the REST + SSE server and the
 * built browser UI, without Electron.
 */
import { existsSync } from 'node:fs';
import { homedir, networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createStudio } from './app/create-studio';
import type { DriverRequest, Studio } from './app/studio';
import { createLogger } from './core/logger';
import { installProcessGuards } from './core/process-guards';
import { generateToken, tokenProblem } from './server/security/token-policy';
import { type RunningServer, startServer } from './server/server';
import { isLoopbackHost, isWildcardHost } from './server/security/host-policy';

const log = createLogger('serve');

/** Parsed `serve` flags. */
export interface ServeArgs {
  port: number;
  host: string;
  dataDir: string;
  /** `DIR/sessions` when `--data-dir DIR` was given: the session root unless the settings name one. */
  sessionRootFallback?: string;
  driver: DriverRequest;
  cameras?: number;
  /** Files on each simulated card (`--sim-card-shots`); default: TETHER_SIM_CARD_SHOTS or the small card. */
  simCardShots?: number;
  token?: string;
  /** True when the token was generated (no --token for a network bind): it is printed at start. */
  tokenGenerated?: boolean;
  help: boolean;
}

/** The `serve` usage text. */
export const SERVE_USAGE = `Usage: tether-studio serve [options]

  --port N          port to listen on (default 8080; 0 = any free port)
  --host ADDR       address to bind (default 127.0.0.1; anything else needs --token)
  --data-dir DIR    settings, sessions index and session root (DIR/sessions unless the settings
                    name another; default: the user data folder, sessions in ~/Pictures/Tether Studio)
  --driver KIND     sim | crsdk | gphoto2 | auto (default auto: the Sony SDK and libgphoto2 when
                    found, side by side; else the simulator)
  --cameras N       number of simulated bodies (default 1)
  --sim-card-shots N  files on each simulated card: weeks of shooting in DCIM folders, RAW+JPEG
                    pairs and movies (default: TETHER_SIM_CARD_SHOTS, else a small card of ~40 shots)
  --token T         API token; every request must carry it (also TETHER_API_TOKEN); at least 16
                    characters of real entropy. A network --host without one gets a generated token,
                    printed at start
  -h, --help        show this help

Environment: TETHER_ALLOWED_ORIGINS=origin,origin  lets those origins (e.g. a dev server) write cross-origin.`;

/** The per-user data folder (the Electron app's, unless TETHER_USER_DATA says otherwise). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TETHER_USER_DATA) return env.TETHER_USER_DATA;
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'tether-studio');
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'tether-studio');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'tether-studio');
}

/** Parses and validates the flags; throws an Error whose message is meant for the terminal. */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      driver: { type: 'string' },
      cameras: { type: 'string' },
      'sim-card-shots': { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be 0..65535, got ${values.port}`);
  const driver = (values.driver ?? 'auto') as DriverRequest;
  if (!['auto', 'sim', 'crsdk', 'gphoto2'].includes(driver))
    throw new Error(`--driver must be sim, crsdk, gphoto2 or auto, got ${values.driver}`);
  const cameras = values.cameras === undefined ? undefined : Number(values.cameras);
  if (cameras !== undefined && (!Number.isInteger(cameras) || cameras < 1 || cameras > 16)) {
    throw new Error(`--cameras must be 1..16, got ${values.cameras}`);
  }
  const cardRaw = values['sim-card-shots'];
  const simCardShots = cardRaw === undefined ? undefined : Number(cardRaw);
  if (
    simCardShots !== undefined &&
    (!Number.isInteger(simCardShots) || simCardShots < 1 || simCardShots > 100_000)
  ) {
    throw new Error(`--sim-card-shots must be 1..100000, got ${cardRaw}`);
  }
  const host = values.host ?? '127.0.0.1';
  let token = values.token ?? env.TETHER_API_TOKEN ?? undefined;
  const weak = token !== undefined ? tokenProblem(token) : null;
  if (weak) throw new Error(`--token is too weak: ${weak} (or leave it out to have one generated)`);
  // A network bind never runs without a token: one is generated and printed.
  const tokenGenerated = !isLoopbackHost(host) && !token;
  if (tokenGenerated) token = generateToken();
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir(env));
  return {
    port,
    host,
    dataDir,
    ...(values['data-dir'] !== undefined ? { sessionRootFallback: join(dataDir, 'sessions') } : {}),
    driver,
    cameras,
    ...(simCardShots !== undefined ? { simCardShots } : {}),
    token,
    ...(tokenGenerated ? { tokenGenerated } : {}),
    help: values.help ?? false,
  };
}

/** The package root (holds package.json), from this file's location in src/main or out/main. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(join(dir, 'package.json')); i++) dir = dirname(dir);
  return dir;
}

/** Starts studio + server; resolves with a stop function. `POST /api/server/shutdown` stops it, then `afterStop`. */
export async function serve(
  args: ServeArgs,
  afterStop: () => void = () => undefined,
): Promise<{ studio: Studio; server: RunningServer; stop: () => Promise<void> }> {
  const studio = await createStudio({
    dataDir: args.dataDir,
    sessionRootFallback: args.sessionRootFallback,
    driver: args.driver,
    simCameras: args.cameras,
    logDir: join(args.dataDir, 'logs'),
    ...(args.simCardShots !== undefined ? { simOptions: { cardFiles: args.simCardShots } } : {}),
  });
  if (args.token) studio.logs.addSecret(args.token);
  await studio.start();
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      log.info('shutting down');
      await server.close().catch((err: unknown) => log.error(`server close: ${String(err)}`));
      await studio.stop().catch((err: unknown) => log.error(`studio stop: ${String(err)}`));
    })();
    return stopping;
  };
  let server: RunningServer;
  try {
    server = await startServer(studio, {
      host: args.host,
      port: args.port,
      token: args.token,
      rendererDir: join(packageRoot(), 'out', 'renderer'),
      allowedOrigins: (process.env.TETHER_ALLOWED_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o.length > 0),
      onShutdownRequest: () => void stop().then(afterStop),
    });
  } catch (err) {
    await studio.stop();
    throw err;
  }
  studio.warmUp();
  return { studio, server, stop };
}

/** CLI main: parse, serve, print the URL, stop on SIGINT/SIGTERM (a second signal exits at once). */
export async function main(argv: readonly string[]): Promise<void> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(argv);
  } catch (err) {
    console.error(`tether-studio serve: ${(err as Error).message}\n\n${SERVE_USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return;
  }
  // A stray rejection or exception is logged (to the log files too) and shown; the studio keeps running.
  let running: Studio | null = null;
  installProcessGuards(log, {
    onFailure: (kind, err) =>
      running?.bus.emit('error', {
        cameraId: '*',
        code: 'INTERNAL',
        message: `Internal error (${kind}): ${err instanceof Error ? err.message : String(err)}`,
      }),
  });
  // Signals are handled from the start: one during startup stops the studio as soon as it is up.
  let stop: (() => Promise<void>) | null = null;
  let signals = 0;
  let stopRequested = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (++signals > 1) process.exit(130);
    log.info(`${signal}: stopping`);
    stopRequested = true;
    if (stop) void stop().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = await serve(args, () => process.exit(0));
  running = started.studio;
  stop = started.stop;
  if (stopRequested) {
    await stop();
    process.exit(0);
  }
  const { studio, server } = started;
  const d = studio.driverStatus;
  const query = args.token ? `?token=${encodeURIComponent(args.token)}` : '';
  const lan = isWildcardHost(args.host)
    ? Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && a.family === 'IPv4' && !a.internal)
        .map((a) => `  also:   http://${a?.address}:${server.port}/${query}\n`)
        .join('')
    : '';
  const generated = args.tokenGenerated
    ? `  token:  ${args.token} (generated: pass it as Authorization: Bearer)\n`
    : '';
  process.stdout.write(
    `Tether Studio serving on ${server.url}/${query}\n${lan}${generated}  driver: ${d.kind} (${d.reason})\n  data:   ${args.dataDir}\n  logs:   ${studio.logDir ?? '-'}\n  API:    ${server.url}/api/docs\n`,
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`tether-studio serve: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
