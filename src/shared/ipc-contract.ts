/**
 * The one IPC contract between the Electron main process and the preload bridge.
 *
 * - invoke channels: one per {@link StudioClient} method (`tether:studio:<method>`) and one per
 *   {@link NativeCapabilities} method (`tether:native:<method>`), each with a zod tuple schema for its
 *   arguments; results cross as {@link IpcResult} values so errors keep their shared code;
 * - fire-and-forget channels (renderer → main): live-view frame subscription and acks;
 * - main → renderer events: studio events, live-view frames (binary JPEG), app-menu commands.
 *
 * Type-level checks below fail the build when StudioClient gains a method without a channel here.
 */
import { z } from 'zod';
import { cameraCommandSchema, cardFileSchema, connectionModeSchema } from './camera-types';
import type { ErrorValue } from './errors';
import type { StudioEvent } from './events';
import { namingTemplateSchema, sessionNameSchema } from './studio-types';
import type { ClientFrame, NativeCapabilities, StudioClient, StudioCommand } from './studio-client';

/** Ids (camera, job, session, shot): short printable strings. */
const idSchema = z.string().min(1).max(200);
/** A card-file reference as the UI holds it. */
export const cardRefSchema = cardFileSchema.pick({ slot: true, contentId: true, fileId: true }).strict();
/** An absolute local path (POSIX or Windows), bounded, no NUL. */
export const absolutePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine(
    (p) => !p.includes('\0') && (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')),
    'must be an absolute path',
  );
const imageKindSchema = z.enum(['thumbnail', 'preview']);
const cardImageKindSchema = z.enum(['thumbnail', 'screennail']);
const normalizedSchema = z.number().min(0).max(1);

/** StudioClient methods that are request/response calls (not the transport tag, streams or local URL builders). */
export type StudioMethod = Exclude<
  keyof StudioClient,
  'transport' | 'native' | 'subscribeFrames' | 'subscribeEvents' | 'shotFileUrl'
>;
/** NativeCapabilities methods that are request/response calls (menu commands arrive as events). */
export type NativeMethod = Exclude<keyof NativeCapabilities, 'onCommand'>;

/** Argument schemas of every StudioClient call, as tuples (validated in main before the studio sees them). */
export const studioArgSchemas = {
  getStatus: z.tuple([]),
  listCameras: z.tuple([]),
  connect: z.tuple([idSchema, connectionModeSchema]),
  disconnect: z.tuple([idSchema]),
  getProperties: z.tuple([idSchema]),
  setProperty: z.tuple([idSchema, z.string().min(1).max(64), z.string().min(1).max(64)]),
  capture: z.tuple([idSchema, z.object({ autofocus: z.boolean().optional() }).strict().optional()]),
  sendCommand: z.tuple([idSchema, cameraCommandSchema]),
  setAfAreaPosition: z.tuple([idSchema, z.object({ x: normalizedSchema, y: normalizedSchema }).strict()]),
  getFocusFrames: z.tuple([idSchema]),
  getLiveViewStatus: z.tuple([idSchema]),
  getCardSlots: z.tuple([idSchema]),
  listCardFiles: z.tuple([idSchema, z.number().int().min(1).max(2)]),
  getCardImage: z.tuple([idSchema, cardRefSchema, cardImageKindSchema]),
  pullCardFiles: z.tuple([
    idSchema,
    z.array(cardRefSchema).min(1).max(5000),
    z.object({ destDir: absolutePathSchema.optional() }).strict().optional(),
  ]),
  listTransfers: z.tuple([]),
  cancelTransfer: z.tuple([idSchema]),
  retryTransfer: z.tuple([idSchema]),
  listSessions: z.tuple([]),
  getActiveSession: z.tuple([]),
  createSession: z.tuple([sessionNameSchema]),
  switchSession: z.tuple([idSchema]),
  setNamingTemplate: z.tuple([namingTemplateSchema]),
  previewName: z.tuple([namingTemplateSchema]),
  listShots: z.tuple([idSchema.optional()]),
  getShotImage: z.tuple([idSchema, imageKindSchema]),
  getStudioSettings: z.tuple([]),
  setSessionRoot: z.tuple([absolutePathSchema]),
} as const;

/** What can be dragged out of the window. */
export const dragTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shot'), shotId: idSchema }).strict(),
  z.object({ kind: z.literal('card'), cameraId: idSchema, ref: cardRefSchema }).strict(),
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

/** Arguments of a studio call. */
export type StudioArgs<K extends StudioMethod> = Parameters<StudioClient[K]>;
/** Resolved value of a studio call. */
export type StudioResult<K extends StudioMethod> = Awaited<ReturnType<StudioClient[K]>>;
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

/** Every studio method name, in contract order. */
export const STUDIO_METHODS = Object.keys(studioArgSchemas) as StudioMethod[];
/** Every native method name. */
export const NATIVE_METHODS = Object.keys(nativeArgSchemas) as NativeMethod[];

/** Fire-and-forget channels (renderer → main) and their payload schemas. */
export const sendSchemas = {
  /** Start receiving `frames:frame` for a camera (starts live view if needed). */
  'tether:frames:subscribe': z.object({ cameraId: idSchema }).strict(),
  /** Stop receiving frames for a camera. */
  'tether:frames:unsubscribe': z.object({ cameraId: idSchema }).strict(),
  /** The renderer took frame `seq`: main may send the next one (at most one in flight per camera and window). */
  'tether:frames:ack': z.object({ cameraId: idSchema, seq: z.number().int().nonnegative() }).strict(),
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
/** Fails to compile when a schema and its StudioClient method disagree, or a method has no channel. */
export type _StudioArgsMatch = AllTrue<{
  [K in StudioMethod]: Equal<z.output<(typeof studioArgSchemas)[K]>, StudioArgs<K>>;
}>;
/** Fails to compile when a native schema and its NativeCapabilities method disagree. */
export type _NativeArgsMatch = AllTrue<{
  [K in NativeMethod]: Equal<z.output<(typeof nativeArgSchemas)[K]>, NativeArgs<K>>;
}>;
/** Fails to compile when STUDIO_COMMANDS misses a command. */
export type _CommandsComplete = AllTrue<{ all: Equal<(typeof STUDIO_COMMANDS)[number], StudioCommand> }>;
