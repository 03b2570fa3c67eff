import { mkdir } from 'node:fs/promises';
import { type SaveInfo, saveInfoSchema } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';

/**
 * A client's save-info, checked (INVALID_ARGUMENT) and with its folder created (IO_ERROR): what a driver
 * whose body writes shots to the host needs before it points the body there.
 */
export async function prepareSaveInfo(info: SaveInfo): Promise<SaveInfo> {
  const parsed = saveInfoSchema.safeParse(info);
  if (!parsed.success)
    throw new TetherError(ErrorCode.InvalidArgument, `invalid save info: ${parsed.error.message}`);
  try {
    await mkdir(parsed.data.path, { recursive: true });
  } catch (err) {
    throw new TetherError(ErrorCode.IoError, `cannot create ${parsed.data.path}: ${(err as Error).message}`);
  }
  return parsed.data;
}
