/**
 * The StudioClient's request/response methods, one entry each: argument tuple, result and REST binding.
 * The IPC contract (`ipc-contract.ts`), the REST studio extensions (`http-binding.ts`), the main-process
 * handler table (`main/app/studio-handlers.ts`) and both client transports are all derived from this table.
 * The compile-time checks below fail the build when it and {@link StudioClient} disagree.
 */
import type { z } from 'zod';
import type { StudioClient } from '../studio-client';
import { cameraMethods } from './camera-methods';
import type { ResultOf } from './define';
import { reviewMethods } from './review-methods';
import { sequenceMethods } from './sequence-methods';
import { sessionMethods } from './session-methods';

export * from './define';

/** StudioClient methods that are request/response calls (not the transport tag, streams or local URL builders). */
export type StudioMethod = Exclude<
  keyof StudioClient,
  | 'transport'
  | 'native'
  | 'subscribeFrames'
  | 'subscribeEvents'
  | 'subscribeLink'
  | 'reconnectNow'
  | 'shotFileUrl'
>;

/** Every request/response method of the StudioClient. */
export const studioMethods = {
  ...cameraMethods,
  ...sessionMethods,
  ...sequenceMethods,
  ...reviewMethods,
} as const;

/** Every method name, in table order. */
export const STUDIO_METHODS = Object.keys(studioMethods) as StudioMethod[];

/** Arguments of a studio call. */
export type StudioArgs<K extends StudioMethod> = Parameters<StudioClient[K]>;
/** Resolved value of a studio call. */
export type StudioResult<K extends StudioMethod> = Awaited<ReturnType<StudioClient[K]>>;

// ---- compile-time checks: the table and StudioClient agree exactly ----
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type AllTrue<T extends Record<string, true>> = T;
type Table = typeof studioMethods;
/** Fails to compile when the table misses a StudioClient method or has one too many. */
export type _MethodsComplete = AllTrue<{ all: Equal<keyof Table, StudioMethod> }>;
/** Fails to compile when an argument schema and its StudioClient method disagree. */
export type _ArgsMatch = AllTrue<{ [K in StudioMethod]: Equal<z.output<Table[K]['args']>, StudioArgs<K>> }>;
/** Fails to compile when a result schema does not produce what the StudioClient method promises. */
export type _ResultsMatch = AllTrue<{
  [K in StudioMethod]: ResultOf<Table[K]['result']> extends StudioResult<K> ? true : false;
}>;
