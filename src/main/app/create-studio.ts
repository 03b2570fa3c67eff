import { ErrorCode, TetherError } from '../../shared/errors';
import type { Studio, StudioOptions } from './studio';

/** Builds every studio service around one driver: the one composition root (Electron and `npm run serve`). */
export async function createStudio(_options: StudioOptions): Promise<Studio> {
  // Placeholder signature while the services are written; replaced by the real composition root.
  throw new TetherError(ErrorCode.Internal, 'createStudio is not implemented yet');
}
