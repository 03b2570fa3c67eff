/**
 * The REST API contract: zod schemas and route tables shared by the server (validation, OpenAPI) and the
 * renderer's HTTP transport.
 */
import { alphaExtensionRoutes, alphaRoutes } from './alpha-routes';
import type { ApiRoute } from './route-types';
import { studioRoutes } from './studio-routes';

export * from './route-types';
export * from './envelope';
export * from './alpha-requests';
export * from './alpha-responses';
export * from './studio-api';
export { alphaRoutes, alphaExtensionRoutes } from './alpha-routes';
export { studioRoutes } from './studio-routes';

/** Every route the server serves, in documentation order. */
export const ALL_API_ROUTES: readonly ApiRoute[] = [
  ...Object.values(alphaRoutes),
  ...Object.values(alphaExtensionRoutes),
  ...Object.values(studioRoutes),
] as ApiRoute[];
