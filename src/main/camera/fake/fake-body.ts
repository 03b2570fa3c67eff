import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  CameraInfo,
  CardFile,
  ConnectionMode,
  LiveViewFrame,
  RawProperty,
  SaveInfo,
} from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { propertyByName } from '../../../shared/properties/index';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { DriverEventMap } from '../driver';
import type { FakeCard } from './fake-card';

/** The smallest well-formed JPEG: SOI, an empty comment segment, EOI. */
export const FAKE_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xfe, 0x00, 0x02, 0xff, 0xd9]);

/** One fake body's state; tests may read and poke it directly. */
export interface FakeCamera {
  info: CameraInfo;
  present: boolean;
  connected: boolean;
  mode?: ConnectionMode;
  /** Connected with `reconnect`: an unplug is `reconnecting` and a replug comes back by itself. */
  reconnect: boolean;
  reconnecting: boolean;
  props: Map<number, RawProperty>;
  files: { file: CardFile; data: Uint8Array }[];
  liveView: { enabled: boolean; streaming: boolean };
  latest: LiveViewFrame | null;
  saveInfo: SaveInfo | null;
  /** Next shot number on this body. */
  shots: number;
}

const SHOOTING: readonly ConnectionMode[] = ['remote', 'remote-transfer'];
const enumKey = (name: string, value: unknown) =>
  propertyByName(name)?.enum?.find((e) => e.value === value)?.key;
const codeOf = (name: string) => propertyByName(name)?.code ?? -1;

/** True while the body reports a priority key that is not at the PC (a body without one never blocks). */
export function priorityAtCamera(cam: FakeCamera): boolean {
  const pk = cam.props.get(codeOf('priority-key'));
  return pk !== undefined && enumKey('priority-key', pk.value) !== 'pc-remote';
}

/**
 * What the body reports for one property: with the priority key at the camera, everything but the key
 * itself is read-only with no choices (as a Sony body answers).
 */
export function reported(cam: FakeCamera, p: RawProperty): RawProperty {
  if (p.code !== codeOf('priority-key') && priorityAtCamera(cam))
    return { ...p, writable: false, available: [] };
  return { ...p, available: [...p.available] };
}

/** Commands and writes need a shooting mode, then the priority key at the PC (except writing the key itself). */
export function requireRemoteControl(cam: FakeCamera, what: string, code?: number): void {
  if (!cam.mode || !SHOOTING.includes(cam.mode))
    throw new TetherError(ErrorCode.WrongConnectionMode, `${what} is not possible in ${cam.mode} mode`);
  if (code !== codeOf('priority-key') && priorityAtCamera(cam))
    throw new TetherError(ErrorCode.PriorityKeyNotPcRemote, `${what}: the priority key is on the camera`);
}

/** True when the body's store destination sends shots to the host (and a save-info folder is set). */
function toHost(cam: FakeCamera): boolean {
  const dest = cam.props.get(codeOf('still-image-store-destination'));
  const k = dest ? enumKey('still-image-store-destination', dest.value) : undefined;
  return cam.saveInfo !== null && (k === 'host-pc' || k === 'both');
}

/** A file the body wrote into its save-info folder (the `downloadComplete` payload without the camera). */
export interface StagedShot {
  filename: string;
  stagedPath: string;
  size: number;
}

/** Writes `data` as `filename` into the save-info folder (auto-download). */
export async function stage(cam: FakeCamera, filename: string, data: Uint8Array): Promise<StagedShot> {
  const dir = cam.saveInfo?.path;
  if (!dir) throw new Error('no save-info set');
  await mkdir(dir, { recursive: true });
  const stagedPath = join(dir, filename.replace(/[\\/]/g, '_'));
  await writeFile(stagedPath, data);
  return { filename, stagedPath, size: data.length };
}

/** CAMERA_NOT_FOUND for an id the fake does not have (or whose body is unplugged). */
export function notFound(id: string): TetherError {
  return new TetherError(ErrorCode.CameraNotFound, `No camera ${id}`);
}

/** A present, disconnected body `<prefix>-<n>` (default `fake-<n>`) with its own copy of `props`. */
export function newFakeCamera(n: number, props: RawProperty[] = [], prefix = 'fake'): FakeCamera {
  const id = `${prefix}-${n}`;
  return {
    info: {
      id,
      model: 'ILCE-7M4',
      serial: `000${n}`,
      connectionType: 'USB',
      connected: false,
      driver: 'sim',
    },
    present: true,
    connected: false,
    reconnect: false,
    reconnecting: false,
    props: new Map(props.map((p) => [p.code, { ...p, available: [...p.available] }])),
    files: [],
    liveView: { enabled: true, streaming: false },
    latest: null,
    saveInfo: null,
    shots: 0,
  };
}

/** The body takes a picture: to the host (staged file) or onto its card (a new card file). */
export async function shoot(
  cam: FakeCamera,
  addToCard: (name: string, data: Uint8Array) => CardFile,
): Promise<{ staged: StagedShot } | { added: CardFile }> {
  const n = cam.shots++;
  const name = `${cam.saveInfo?.prefix ?? 'DSC'}${String((cam.saveInfo?.startNo ?? 1) + n).padStart(5, '0')}.JPG`;
  const data = new Uint8Array(16 * 1024);
  data.set(FAKE_JPEG.subarray(0, 6));
  data.set(FAKE_JPEG.subarray(6), data.length - 2);
  if (toHost(cam)) return { staged: await stage(cam, name, data) };
  return { added: addToCard(name, data) };
}

/** Takes a picture and announces it: `downloadComplete` for the host, `contentsChanged` for the card. */
export async function takeShot(
  events: TypedEmitter<DriverEventMap>,
  card: FakeCard,
  cameraId: string,
  cam: FakeCamera,
): Promise<void> {
  if (!cam.connected) return;
  const shot = await shoot(cam, (name, data) => card.add(cam.files, name, data));
  if ('staged' in shot) events.emit('downloadComplete', { cameraId, ...shot.staged });
  else events.emit('contentsChanged', { cameraId, slot: shot.added.slot, added: [shot.added] });
}

/** Cable pulled: `reconnecting` (connected with reconnect, and able to) or an unexpected `disconnected`. */
export function unplugBody(
  events: TypedEmitter<DriverEventMap>,
  cam: FakeCamera,
  selfReconnect: boolean,
): void {
  if (!cam.present) return;
  const cameraId = cam.info.id;
  const was = cam.connected;
  cam.present = false;
  cam.connected = false;
  if (was && cam.reconnect && selfReconnect) {
    cam.reconnecting = true;
    events.emit('reconnecting', { cameraId });
  } else if (was) {
    cam.mode = undefined;
    events.emit('disconnected', { cameraId, reason: 'unplugged', expected: false });
  }
  events.emit('cameraRemoved', { cameraId });
}

/** Cable back in: `cameraAdded`; a body that was reconnecting comes back by itself (`connected`). */
export function replugBody(events: TypedEmitter<DriverEventMap>, cam: FakeCamera): void {
  if (cam.present) return;
  const cameraId = cam.info.id;
  cam.present = true;
  events.emit('cameraAdded', { ...cam.info });
  if (!cam.reconnecting || !cam.mode) return;
  const mode = cam.mode;
  setImmediate(() => {
    if (!cam.present || !cam.reconnecting) return;
    cam.reconnecting = false;
    cam.connected = true;
    events.emit('connected', { cameraId, mode });
  });
}
