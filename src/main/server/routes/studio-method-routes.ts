import { fromHttpInput, studioMethodRoutes } from '../../../shared/api/studio-method-routes';
import { STUDIO_METHODS, parseArgs, studioMethods } from '../../../shared/studio-methods';
import { createStudioHandlers, type HandlerStudio } from '../../app/studio-handlers';
import type { ServerContext } from '../server-context';

/**
 * `/api/studio/*`: one route per StudioClient method, all derived from the method table and served by the
 * same handler table the IPC bridge uses. The route validated params, query and body with the method's
 * argument schemas; the assembled argument tuple is checked once more with the tuple itself.
 */
export function registerStudioMethodRoutes(ctx: ServerContext<keyof HandlerStudio>): void {
  const handlers = createStudioHandlers(ctx.studio, () => ({ enabled: true, url: ctx.url() }));
  const table = handlers as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of STUDIO_METHODS) {
    const spec = studioMethods[name];
    ctx.routes.add(studioMethodRoutes[name], async ({ params, query, body, reply }) => {
      const args = parseArgs(name, spec.args, fromHttpInput(name, { params, query, body } as never));
      const result = await table[name](...args);
      if (spec.http.status) reply.code(spec.http.status);
      if (spec.result === 'none') return { success: true };
      if (spec.result !== 'jpeg') return { success: true, data: result };
      const bytes = result as Uint8Array;
      return reply
        .type('image/jpeg')
        .header('Cache-Control', spec.http.cache ?? 'no-cache')
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  }
}
