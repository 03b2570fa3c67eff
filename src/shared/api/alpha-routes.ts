import { alphaActionRoutes } from './alpha-routes-actions';
import { alphaCameraRoutes } from './alpha-routes-camera';
import { alphaMediaRoutes } from './alpha-routes-media';

export { alphaExtensionRoutes } from './alpha-routes-extensions';

/** The Alpha Camera REST API v3: all 41 paths (47 operations), bodies and statuses as the spec documents them. */
export const alphaRoutes = { ...alphaCameraRoutes, ...alphaActionRoutes, ...alphaMediaRoutes } as const;
