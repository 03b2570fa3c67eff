import { alphaRoutes } from '../../../shared/api/alpha-routes';
import { propertyByName } from '../../../shared/properties';
import type { PropertyView } from '../../../shared/properties/property-view';
import type { ServerContext } from '../server-context';
import { bulkEntry, cameraOk, cameraSummary, propertyData } from './alpha-envelope';

/** Maps the priority-key value to the Alpha API's two settings (via the catalog's enum keys). */
function prioritySetting(view: PropertyView): 'pc-remote' | 'camera-position' | undefined {
  const entry = propertyByName('priority-key')?.enum?.find((e) => e.value === view.value);
  const words = [entry?.key, ...(entry?.aliases ?? []), view.formatted].map((w) =>
    (w ?? '').toLowerCase().replace(/[\s_]+/g, '-'),
  );
  if (words.some((w) => w === 'pc-remote' || w === 'pc')) return 'pc-remote';
  if (words.some((w) => w === 'camera-position' || w === 'camera')) return 'camera-position';
  return undefined;
}

/** Properties (single, bulk, set) and the priority key. */
export function registerPropertyRoutes(ctx: ServerContext<'cameras' | 'properties'>): void {
  const { studio, routes } = ctx;

  routes.add(alphaRoutes.getAllProperties, async ({ params }) => {
    const views = await studio.properties.getAll(params.cameraId);
    const properties: Record<string, ReturnType<typeof bulkEntry>> = {};
    for (const v of views) properties[v.name] = bulkEntry(v);
    return {
      success: true,
      camera: cameraSummary(studio, params.cameraId),
      data: { properties, total_properties: views.length },
    };
  });

  routes.add(alphaRoutes.getProperty, async ({ params }) => {
    const view = await studio.properties.get(params.cameraId, params.propertyName);
    return { success: true, camera: cameraSummary(studio, params.cameraId), data: propertyData(view) };
  });

  routes.add(alphaRoutes.setProperty, async ({ params, body }) => {
    const view = await studio.properties.set(params.cameraId, params.propertyName, body.value);
    return cameraOk(studio, params.cameraId, `${view.name} set to ${view.formatted}`, propertyData(view));
  });

  routes.add(alphaRoutes.getPriorityKey, async ({ params }) => {
    const view = await studio.properties.getPriorityKey(params.cameraId);
    const setting = prioritySetting(view);
    return {
      success: true,
      camera: cameraSummary(studio, params.cameraId),
      data: { ...(setting ? { setting } : {}), rawValue: view.hex },
    };
  });

  routes.add(alphaRoutes.setPriorityKey, async ({ params, body }) => {
    const view = await studio.properties.setPriorityKey(params.cameraId, body.setting);
    return cameraOk(studio, params.cameraId, `Priority key set to ${body.setting}`, {
      setting: prioritySetting(view) ?? body.setting,
      rawValue: view.hex,
    });
  });
}
