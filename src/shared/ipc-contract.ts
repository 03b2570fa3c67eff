/**
 * The one IPC contract between the Electron main process and the preload bridge.
 *
 * - invoke channels: one per StudioClient method (`tether:studio:<method>`, arguments validated with the
 *   method table's tuple, `studio-methods/`) and one per {@link NativeCapabilities} method
 *   (`tether:native:<method>`); results cross as {@link IpcResult} values so errors keep their shared code;
 * - fire-and-forget channels (renderer → main): live-view frame subscription and acks;
 * - main → renderer events: studio events, live-view frames (binary JPEG), app-menu commands.
 *
 * Type-level checks (here for native calls, in `studio-methods/index.ts` for studio calls) fail the build
 * when an interface and its schemas disagree.
 */
import { z } from 'zod';
import { absolutePathSchema, cameraIdSchema, cardRefSchema, studioIdSchema } from './arg-schemas';
import type { ErrorValue } from './errors';
import type { StudioEvent } from './events';
import type { ClientFrame, NativeCapabilities, StudioCommand } from './studio-client';
import { STUDIO_METHODS, studioMethods, type StudioMethod } from './studio-methods';

export { STUDIO_METHODS, type StudioArgs, type StudioMethod, type StudioResult } from './studio-methods';

/** NativeCapabilities methods that are request/response calls (menu commands arrive as events). */
export type NativeMethod = Exclude<keyof NativeCapabilities, 'onCommand' | 'pathForFile'>;

/** Argument tuple of every StudioClient call: the method table's own schemas (validated in main). */
export const studioArgSchemas = Object.fromEntries(STUDIO_METHODS.map((m) => [m, studioMethods[m].args])) as {
  [K in StudioMethod]: (typeof studioMethods)[K]['args'];
};

/** What can be dragged out of the window. */
export const dragTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shot'), shotId: studioIdSchema }).strict(),
  z.object({ kind: z.literal('card'), cameraId: cameraIdSchema, ref: cardRefSchema }).strict(),
]);

/** Argument schemas of the desktop-only calls. */
export const nativeArgSchemas = {
  startDrag: z.tuple([dragTargetSchema]),
  chooseFolder: z.tuple([
    z
      .object({ title: z.string().max(200).optional(), defaultPath: absolutePathSchema.optional() })
      .strict()
      .optional(),
  ]),
  reveal: z.tuple([absolutePathSchema]),
} as const;

/** Arguments of a native call. */
export type NativeArgs<K extends NativeMethod> = Parameters<NativeCapabilities[K]>;
/** Resolved value of a native call. */
export type NativeResult<K extends NativeMethod> = Awaited<ReturnType<NativeCapabilities[K]>>;

/** What every invoke handler returns: errors cross as values with a shared code, never as thrown Errors. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

/** The two invoke namespaces. */
export type InvokeNamespace = 'studio' | 'native';

/** The raw channel name of an invoke call. */
export function invokeChannel(ns: InvokeNamespace, method: string): string {
  return `tether:${ns}:${method}`;
}

/** Every native method name. */
export const NATIVE_METHODS = Object.keys(nativeArgSchemas) as NativeMethod[];

/** Fire-and-forget channels (renderer → main) and their payload schemas. */
export const sendSchemas = {
  /** Start receiving `frames:frame` for a camera (starts live view if needed). */
  'tether:frames:subscribe': z.object({ cameraId: cameraIdSchema }).strict(),
  /** Stop receiving frames for a camera. */
  'tether:frames:unsubscribe': z.object({ cameraId: cameraIdSchema }).strict(),
  /** The renderer took frame `seq`: main may send the next one (at most one in flight per camera and window). */
  'tether:frames:ack': z.object({ cameraId: cameraIdSchema, seq: z.number().int().nonnegative() }).strict(),
} as const;
/** A fire-and-forget channel. */
export type SendChannel = keyof typeof sendSchemas;
/** Payload of a fire-and-forget channel. */
export type SendPayload<C extends SendChannel> = z.output<(typeof sendSchemas)[C]>;

/** Main → renderer events and their payloads. */
export interface MainEventMap {
  /** Every studio event from the bus. */
  'tether:event': StudioEvent;
  /** One live-view frame; `jpeg` arrives as a Uint8Array (structured clone, never base64). */
  'tether:frame': ClientFrame;
  /** An app-menu command. */
  'tether:command': StudioCommand;
}
/** A main → renderer event name. */
export type MainEventName = keyof MainEventMap;

/** Every app-menu command (must list exactly the {@link StudioCommand} union). */
export const STUDIO_COMMANDS = [
  'capture',
  'autofocus',
  'toggleGrid',
  'toggleHistogram',
  'nextShot',
  'prevShot',
  'newSession',
  'chooseSessionFolder',
  'zoomToggle',
] as const satisfies readonly StudioCommand[];

// ---- compile-time checks: the schemas accept exactly what the interfaces declare ----
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type AllTrue<T extends Record<string, true>> = T;
/** Fails to compile when a native schema and its NativeCapabilities method disagree. */
export type _NativeArgsMatch = AllTrue<{
  [K in NativeMethod]: Equal<z.output<(typeof nativeArgSchemas)[K]>, NativeArgs<K>>;
}>;
/** Fails to compile when STUDIO_COMMANDS misses a command. */
export type _CommandsComplete = AllTrue<{ all: Equal<(typeof STUDIO_COMMANDS)[number], StudioCommand> }>;
