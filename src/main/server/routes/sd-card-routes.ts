import { alphaRoutes } from '../../../shared/api/alpha-routes';
import type { CardFile } from '../../../shared/camera-types';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { sanitizeFileName } from '../../core/sanitize-name';
import { withStatus } from '../http/error-status';
import type { Studio } from '../../app/studio';
import type { ServerContext } from '../server-context';
import { cameraSummary } from './alpha-envelope';

/** Card files in the Alpha shape (`content_id`, `file_path`, creation date split into fields). */
function sdCardFile(f: CardFile) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(f.createdAt);
  const date = m
    ? {
        creation_year: Number(m[1]),
        creation_month: Number(m[2]),
        creation_day: Number(m[3]),
        creation_hour: Number(m[4]),
        creation_minute: Number(m[5]),
        creation_second: Number(m[6]),
      }
    : {};
  return {
    content_id: f.contentId,
    file_id: f.fileId,
    file_path: f.path,
    file_size: f.size,
    ...(f.width !== undefined ? { width: f.width } : {}),
    ...(f.height !== undefined ? { height: f.height } : {}),
    ...date,
  };
}

/** The spec answers a file the card does not have with 400 ("could not be started"), not 404. */
function missingIs400(err: unknown): never {
  throw isTetherError(err, ErrorCode.NotFound) ? withStatus(err, 400) : err;
}

type PullOptions = NonNullable<Parameters<Studio['transfers']['pullCardFiles']>[2]>;

/**
 * Where an Alpha API card download goes: `save_path` when given (original names); else, as the reference server
 * writes to the camera's save-info, the folder, prefix and start number a client set; else the studio's active
 * session, named by its template (what studio clients get too).
 */
function pullOptions(
  studio: Pick<Studio, 'cameras'>,
  cameraId: string,
  savePath: string | undefined,
): PullOptions {
  if (savePath !== undefined) return { destDir: savePath };
  const info = studio.cameras.clientSaveInfo(cameraId);
  if (!info) return {};
  return { destDir: info.path, naming: { prefix: info.prefix, startNo: info.startNo } };
}

/** SD card: list, download (through the transfer queue), thumbnail and screennail. */
export function registerSdCardRoutes(ctx: ServerContext<'cameras' | 'cards' | 'transfers'>): void {
  const { studio, routes } = ctx;

  routes.add(alphaRoutes.listSDCardFiles, async ({ params }) => {
    cameraSummary(studio, params.cameraId);
    const files = await studio.cards.list(params.cameraId, params.slotNumber);
    return { success: true, slot: params.slotNumber, file_count: files.length, files: files.map(sdCardFile) };
  });

  routes.add(alphaRoutes.downloadSDCardFile, async ({ params, body, reply }) => {
    const { cameraId, slotNumber: slot, contentId, fileId } = params;
    cameraSummary(studio, cameraId);
    const ref = { slot, contentId, fileId };
    const file = await studio.cards.find(cameraId, ref).catch(missingIs400);
    const options = pullOptions(studio, cameraId, body.save_path);
    const jobs = await studio.transfers.pullCardFiles(cameraId, [ref], options);
    reply.code(202);
    return {
      success: true,
      message: `Download of ${sanitizeFileName(file.name)} queued; watch transferProgress and downloadComplete events`,
      data: { jobs: jobs.map((j) => ({ id: j.id, state: j.state, originalName: j.originalName })) },
    };
  });

  for (const kind of ['thumbnail', 'screennail'] as const) {
    const route =
      kind === 'thumbnail' ? alphaRoutes.downloadSDCardThumbnail : alphaRoutes.downloadSDCardScreennail;
    routes.add(route, async ({ params, body, reply }) => {
      const { cameraId, slotNumber: slot, contentId, fileId } = params;
      cameraSummary(studio, cameraId);
      const saved = await studio.cards
        .saveImage(cameraId, { slot, contentId, fileId }, kind, body.save_path)
        .catch(missingIs400);
      reply.code(202);
      return { success: true, message: `${kind} saved`, type: kind, data: saved };
    });
  }
}
