import { type SaveInfo, saveInfoSchema } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import { makeDir } from '../core/bounded-fs';

/**
 * A client's save-info, checked (INVALID_ARGUMENT) and with its folder created (IO_ERROR): what a driver
 * whose body writes shots to the host needs before it points the body there.
 */
export async function prepareSaveInfo(info: SaveInfo): Promise<SaveInfo> {
  const parsed = saveInfoSchema.safeParse(info);
  if (!parsed.success)
    throw new TetherError(ErrorCode.InvalidArgument, `invalid save info: ${parsed.error.message}`);
  // Bounded, and OS errors become IO_ERROR with the path and the reason.
  await makeDir(parsed.data.path, { what: 'the save-info folder' });
  return parsed.data;
}
