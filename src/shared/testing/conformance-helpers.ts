import { expect } from 'vitest';
import type { CameraInfo } from '../camera-types';
import { isTetherError, type ErrorCode } from '../errors';
import type { StudioEvent } from '../events';
import type { ClientFrame, StudioClient } from '../studio-client';

/** What a transport's harness hands the StudioClient conformance suite. */
export interface ClientUnderTest {
  client: StudioClient;
  /** An absolute folder the suite may move the session root into (it need not exist yet). */
  scratchDir: string;
  /** Resolves once events subscribed so far are being delivered (an SSE stream needs its handshake). */
  eventsReady?(): Promise<void>;
  /** Stimuli a studio provides by itself but an in-memory fake needs to be given. */
  stimulate?: {
    /** Makes the camera produce one live-view frame for current subscribers. */
    frame(cameraId: string): void;
  };
  /** Stops whatever the harness started and removes its folders. */
  cleanup(): Promise<void>;
}

/** How long the suite waits for anything the studio does asynchronously (generous: machines are loaded). */
export const WAIT_MS = 15_000;

/** Expects a call to reject with a TetherError-shaped error carrying `code`; returns it. */
export async function expectCode(pending: Promise<unknown>, code: ErrorCode): Promise<Error> {
  let error: unknown;
  try {
    await pending;
  } catch (e) {
    error = e;
  }
  expect(error, `expected a rejection with ${code}`).toBeDefined();
  expect(isTetherError(error) ? error.code : String(error)).toBe(code);
  expect((error as Error).message).not.toBe('');
  return error as Error;
}

/** Calls a method with arguments its type does not allow (what a buggy or hostile caller might send). */
export function callLoosely(
  client: StudioClient,
  method: keyof StudioClient,
  ...args: unknown[]
): Promise<unknown> {
  return (client[method] as (...a: unknown[]) => Promise<unknown>).apply(client, args);
}

/** The payload of one event. */
type EventData<K extends StudioEvent['event']> = Extract<StudioEvent, { event: K }>['data'];

/** Every event from the moment of subscribing; `next` waits (bounded) for one that matches. */
export class EventRecorder {
  readonly seen: StudioEvent[] = [];
  private readonly waiters = new Set<() => void>();
  readonly close: () => void;

  constructor(client: StudioClient) {
    this.close = client.subscribeEvents((e) => {
      this.seen.push(e);
      for (const w of [...this.waiters]) w();
    });
  }

  /** Resolves with the first event (already seen or arriving) that matches; rejects after {@link WAIT_MS}. */
  next<K extends StudioEvent['event']>(
    name: K,
    match: (data: EventData<K>) => boolean = () => true,
  ): Promise<EventData<K>> {
    const find = (): EventData<K> | undefined => {
      const hit = this.seen.find((e) => e.event === name && match(e.data as EventData<K>));
      return hit?.data as EventData<K> | undefined;
    };
    return new Promise<EventData<K>>((resolve, reject) => {
      const check = (): void => {
        const hit = find();
        if (hit === undefined) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(hit as never);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `no '${name}' event within ${WAIT_MS} ms (saw: ${this.seen.map((e) => e.event).join(', ')})`,
          ),
        );
      }, WAIT_MS);
      this.waiters.add(check);
      check();
    });
  }
}

/** The first frame delivered to a new subscription (the harness may stimulate one); rejects after {@link WAIT_MS}. */
export function firstFrame(t: ClientUnderTest, cameraId: string): Promise<ClientFrame> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no live-view frame within ${WAIT_MS} ms`));
    }, WAIT_MS);
    const off = t.client.subscribeFrames(cameraId, (frame) => {
      clearTimeout(timer);
      off();
      resolve(frame);
    });
    t.stimulate?.frame(cameraId);
  });
}

/** The first camera, connected in `mode` with the priority key on PC Remote (so settings are writable). */
export async function connectFirst(
  client: StudioClient,
  mode: CameraInfo['mode'] & string,
): Promise<CameraInfo> {
  const [camera] = await client.listCameras();
  expect(camera, 'the harness presents at least one camera').toBeDefined();
  const connected = await client.connect(camera.id, mode);
  if (mode !== 'contents') await client.setProperty(camera.id, 'priority-key', 'pc-remote');
  return connected;
}
