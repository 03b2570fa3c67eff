import type { CardListingFile } from '../../shared/card-import-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CardRef } from '../../shared/studio-client';
import type { TransferJob } from '../../shared/transfer-types';
import type { StudioEvent } from '../../shared/events';
import { matchAvailable, parseValue, propertyByName } from '../../shared/properties/index';
import type { PropertyView } from '../../shared/properties/property-view';
import { parseArgs, studioMethods, type StudioMethod } from '../../shared/studio-methods';

/** The smallest complete JPEG (SOI, EOI) the fake answers image calls with. */
export const TINY_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);

/** A property view with friendly values only (hex = `0x` + index), for store and component tests. */
export function fakeProperty(
  name: string,
  label: string,
  values: string[],
  current: string,
  writable = true,
): PropertyView {
  const available = values.map((formatted, i) => ({ value: i, hex: `0x${i.toString(16)}`, formatted }));
  const cur = available.find((a) => a.formatted === current) ?? available[0];
  return {
    name,
    code: 0,
    label,
    group: 'exposure',
    value: cur.value,
    hex: cur.hex,
    formatted: cur.formatted,
    writable,
    available,
  };
}

/**
 * Applies a write the way the studio's property service does: UNKNOWN_PROPERTY / PROPERTY_NOT_WRITABLE,
 * then the input as one of the shown forms (hex, friendly, decimal) or parsed by the shared catalog parser
 * and matched against the available values (VALUE_NOT_AVAILABLE when none matches).
 */
export function applyProperty(view: PropertyView | undefined, name: string, input: string): PropertyView {
  const def = propertyByName(name);
  if (!view || !def) throw new TetherError(ErrorCode.UnknownProperty, `Unknown property ${name}`);
  if (!view.writable) throw new TetherError(ErrorCode.PropertyNotWritable, `${name} cannot be changed now`);
  const text = input.trim();
  const shown = view.available.find(
    (a) => a.hex === text || a.formatted.toLowerCase() === text.toLowerCase() || String(a.value) === text,
  );
  const raw =
    shown?.value ??
    matchAvailable(
      def,
      parseValue(def, text),
      view.available.map((a) => a.value),
    );
  const target = view.available.find((a) => a.value === raw);
  if (!target) throw new TetherError(ErrorCode.ValueNotAvailable, `${text} is not available for ${name} now`);
  return { ...view, value: target.value, hex: target.hex, formatted: target.formatted };
}

/** Call recording, injected failures, argument checks with the shared schemas, and event delivery. */
export class FakeRecorder {
  /** Every call, in order (also calls that were then refused). */
  readonly calls: { method: string; args: unknown[] }[] = [];
  private readonly handlers = new Set<(e: StudioEvent) => void>();
  private readonly failures = new Map<string, TetherError>();

  /** Makes the next call of `method` reject with `code`. */
  fail(method: string, code: ErrorCode, message = 'fake failure'): void {
    this.failures.set(method, new TetherError(code, message));
  }

  /** Arguments of every call of `method`. */
  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Delivers an event to every subscriber. */
  emit(event: StudioEvent): void {
    for (const h of [...this.handlers]) h(event);
  }

  protected listen(handler: (e: StudioEvent) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** Records a call, then rejects an injected failure or arguments the transports would refuse. */
  protected record(method: StudioMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    const f = this.failures.get(method);
    if (f) {
      this.failures.delete(method);
      throw f;
    }
    // Trailing undefined arguments are absent ones (IPC and HTTP drop them the same way).
    const given = [...args];
    while (given.length > 0 && given[given.length - 1] === undefined) given.pop();
    parseArgs(method, studioMethods[method].args, given);
  }
}

/** As the studio's `skipImported`: refs whose file a session holds, or a pull is under way for, are left out. */
export function notHeld(
  refs: CardRef[],
  files: readonly CardListingFile[],
  jobs: readonly TransferJob[],
): CardRef[] {
  const same = (r: CardRef, s: CardRef) => s.contentId === r.contentId && s.fileId === r.fileId;
  const held = (r: CardRef) =>
    files.some((f) => f.imported && same(r, f)) ||
    jobs.some((j) => j.source.kind === 'card' && same(r, j.source) && !/done|failed|cancel/.test(j.state));
  return refs.filter((r) => !held(r));
}
