import { ErrorCode, TetherError } from '../../../shared/errors';
import { STUDIO_EVENT_NAMES } from '../../../shared/events';

/** Events the server itself emits on SSE streams besides the catalog's. */
export const SERVER_EVENT_NAMES = ['replayGap', 'settingsResult'] as const;

const KNOWN = new Set<string>([...STUDIO_EVENT_NAMES, ...SERVER_EVENT_NAMES]);

/** Which events a subscriber wants: a set of names (all when absent) and/or one camera. */
export interface EventFilter {
  events?: ReadonlySet<string>;
  cameraId?: string;
}

/** Builds a filter; unknown event names are a 400 that lists the known ones. */
export function buildFilter(
  events: readonly string[] | undefined,
  cameraId: string | undefined,
): EventFilter {
  const filter: EventFilter = {};
  if (events && events.length > 0) {
    const unknown = events.filter((e) => !KNOWN.has(e));
    if (unknown.length > 0) {
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `unknown event name(s) ${unknown.map((u) => `'${u}'`).join(', ')}; known: ${[...KNOWN].join(', ')}`,
      );
    }
    filter.events = new Set(events);
  }
  if (cameraId !== undefined) filter.cameraId = cameraId;
  return filter;
}

/** True when the record passes the filter. Camera filters drop events that concern no camera. */
export function matchesFilter(filter: EventFilter, event: string, cameraId: string | undefined): boolean {
  if (filter.events && !filter.events.has(event)) return false;
  if (filter.cameraId !== undefined && cameraId !== filter.cameraId) return false;
  return true;
}

/** A stable key so clients with the same filter can share one batch buffer. */
export function filterKey(filter: EventFilter): string {
  const events = filter.events ? [...filter.events].sort().join(',') : '*';
  return `${filter.cameraId ?? '*'}|${events}`;
}

/** The camera an event concerns: `data.cameraId`, or `data.id` for `cameraAdded` (whose payload is a CameraInfo). */
export function eventCameraId(event: string, data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  if (typeof record.cameraId === 'string') return record.cameraId;
  if (event === 'cameraAdded' && typeof record.id === 'string') return record.id;
  return undefined;
}
