import { isAbsolute, join } from 'node:path';
import { alphaRoutes } from '../../../shared/api/alpha-routes';
import type { CardFile } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { withStatus } from '../http/error-status';
import { sanitizeFileName } from '../../core/sanitize-name';
import { writeFileSafely } from '../../core/safe-write';
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

/** A host directory given by a client: must be absolute (relative paths would depend on the server's cwd). */
function hostDir(path: string): string {
  if (!isAbsolute(path))
    throw new TetherError(ErrorCode.InvalidArgument, `save_path must be an absolute path: ${path}`);
  return path;
}

/** SD card: list, download (through the transfer queue), thumbnail and screennail. */
export function registerSdCardRoutes(ctx: ServerContext): void {
  const { studio, routes } = ctx;

  /** The file a request names; a missing one is the spec's 400 "could not be started". */
  const findFile = async (cameraId: string, slot: number, contentId: number, fileId: number) => {
    cameraSummary(studio, cameraId);
    const files = await studio.cards.list(cameraId, slot);
    const file = files.find((f) => f.contentId === contentId && f.fileId === fileId);
    if (!file) {
      throw withStatus(
        new TetherError(ErrorCode.NotFound, `No file ${contentId}/${fileId} in slot ${slot}`),
        400,
      );
    }
    return file;
  };

  routes.add(alphaRoutes.listSDCardFiles, async ({ params }) => {
    cameraSummary(studio, params.cameraId);
    const files = await studio.cards.list(params.cameraId, params.slotNumber);
    return { success: true, slot: params.slotNumber, file_count: files.length, files: files.map(sdCardFile) };
  });

  routes.add(alphaRoutes.downloadSDCardFile, async ({ params, body, reply }) => {
    const { cameraId, slotNumber: slot, contentId, fileId } = params;
    const destDir = body.save_path !== undefined ? hostDir(body.save_path) : undefined;
    const file = await findFile(cameraId, slot, contentId, fileId);
    const jobs = await studio.transfers.pullCardFiles(
      cameraId,
      [{ slot, contentId, fileId }],
      destDir ? { destDir } : {},
    );
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
      const file = await findFile(cameraId, slot, contentId, fileId);
      const dir =
        body.save_path !== undefined
          ? hostDir(body.save_path)
          : (studio.driver.getSaveInfo(cameraId)?.path ?? join(studio.options.dataDir, 'card-previews'));
      const bytes = await studio.cards.image(cameraId, { slot, contentId, fileId }, kind);
      const stem = sanitizeFileName(file.name).replace(/\.[^.]*$/, '');
      const path = await writeFileSafely(dir, `${stem}_${kind}.jpg`, bytes);
      reply.code(202);
      return { success: true, message: `${kind} saved`, type: kind, data: { path, size: bytes.byteLength } };
    });
  }
}
