/**
 * The REST API contract: zod schemas and route tables shared by the server (validation, OpenAPI) and the
 * renderer's HTTP transport.
 */
import { alphaExtensionRoutes, alphaRoutes } from './alpha-routes';
import type { ApiRoute } from './route-types';
import { studioMethodRoutes } from './studio-method-routes';
import { studioExtraRoutes } from './studio-routes';

export * from './route-types';
export * from './envelope';
export * from './alpha-requests';
export * from './alpha-responses';
export { alphaRoutes, alphaExtensionRoutes } from './alpha-routes';
export { studioExtraRoutes } from './studio-routes';
export { studioMethodRoutes, toHttpInput, fromHttpInput } from './studio-method-routes';

/** Every route the server serves, in documentation order. */
export const ALL_API_ROUTES: readonly ApiRoute[] = [
  ...Object.values(alphaRoutes),
  ...Object.values(alphaExtensionRoutes),
  ...Object.values(studioMethodRoutes),
  ...Object.values(studioExtraRoutes),
] as ApiRoute[];
