import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CardFile } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { Logger } from '../../core/logger';
import type { DriverEventMap } from '../driver';
import { DL, EVT, LIST, WARN, type NativeEvent } from './abi';
import type { CameraLink } from './camera-link';
import type { LiveViewCopier } from './live-view';
import { errorCodeFor, hexCode } from './native-errors';
import { afStateFromIndication } from './property-mapping';

/** What the router needs from the driver. */
export interface RouterHost {
  events: TypedEmitter<DriverEventMap>;
  log: Logger;
  copier: LiveViewCopier;
  linkByDevice(device: number): CameraLink | undefined;
  links(): Iterable<CameraLink>;
  /** The link dropped without being asked to (unplug without reconnect, reconnect gave up). */
  lostLink(link: CameraLink, reason: string): void;
  /** Re-enumerates soon (hot-plug changes after a link event). */
  refreshCameras(): void;
  readValue(link: CameraLink, code: number): Promise<number | undefined>;
  allCodes(link: CameraLink): Promise<number[]>;
  listSlot(link: CameraLink, slot: number): Promise<CardFile[]>;
}

const key = (f: CardFile) => `${f.contentId}:${f.fileId}`;

/**
 * Turns bridge events into driver events on the JS thread. SDK callbacks only copied their arguments into
 * the queue; anything that needs the SDK (reading a property, listing the card) happens here, later.
 */
export function routeEvent(host: RouterHost, ev: NativeEvent): void {
  if (ev.type === EVT.OVERFLOW) {
    void overflow(host, ev.param2);
    return;
  }
  const link = host.linkByDevice(ev.device);
  if (!link) return; // a device already torn down (late event) or not yet registered (connect in flight)
  const cameraId = link.cameraId;
  switch (ev.type) {
    case EVT.CONNECTED:
      reconnected(host, link);
      return;
    case EVT.DISCONNECTED:
      if (!link.closing)
        host.lostLink(link, ev.sdkCode ? `camera lost (${hexCode(ev.sdkCode)})` : 'camera disconnected');
      return;
    case EVT.WARNING:
      return warning(host, link, ev);
    case EVT.ERROR:
      host.events.emit('error', {
        cameraId,
        error: { code: errorCodeFor(ev.sdkCode), message: `camera error ${hexCode(ev.sdkCode)}` },
        sdkCode: ev.sdkCode,
      });
      return;
    case EVT.PROPERTY_CHANGED:
      link.events.emit('codes', ev.codes);
      host.events.emit('propertyChanged', { cameraId, codes: ev.codes });
      if (ev.codes.includes(CR.FocusIndication)) {
        void host.readValue(link, CR.FocusIndication).then(
          (v) =>
            v !== undefined && host.events.emit('afStatus', { cameraId, state: afStateFromIndication(v) }),
          () => undefined,
        );
      }
      return;
    case EVT.DOWNLOAD_COMPLETE:
      // A shot arrives with the SDK's "no settings file" type; anything else is a settings file.
      if (ev.code === DL.SHOT) void downloaded(host, cameraId, ev.text);
      else link.events.emit('settings', ev);
      return;
    case EVT.CONTENTS_TRANSFER:
      link.events.emit('ct', ev);
      return;
    case EVT.RT_RESULT:
      link.events.emit('rt', ev);
      return;
    case EVT.RT_LIST_CHANGED:
      void cardChanged(host, link, ev);
      return;
    case EVT.FRAME:
      if (!link.streaming) return;
      try {
        const frame = host.copier.take(link);
        if (frame) {
          link.latest = frame;
          host.events.emit('frame', frame);
        }
      } catch (err) {
        host.log.warn(`live-view copy failed: ${(err as Error).message}`, { cameraId });
      }
      return;
  }
}

function warning(host: RouterHost, link: CameraLink, ev: NativeEvent): void {
  const cameraId = link.cameraId;
  switch (ev.code) {
    case WARN.RECONNECTING:
      if (link.state === 'reconnecting' || link.closing) return;
      link.state = 'reconnecting';
      host.log.warn('link lost, the SDK is reconnecting', { cameraId });
      link.events.emit('gone', new TetherError(ErrorCode.Disconnected, 'camera link lost (reconnecting)'));
      host.events.emit('reconnecting', { cameraId });
      host.refreshCameras();
      return;
    case WARN.RECONNECTED:
      // Some SDK builds follow with a second OnConnected, some do not: the warning alone ends the reconnect.
      reconnected(host, link);
      return;
    case WARN.ALL_DOWNLOAD_COMPLETE:
      return;
    case WARN.CAPTURED:
      host.events.emit('operationResult', { cameraId, operation: 'capture', result: 'exposed' });
      return;
    case WARN.STORAGE_FULL:
      host.events.emit('warning', { cameraId, code: 'STORAGE_FULL', message: 'the memory card is full' });
      return;
    default:
      host.events.emit('warning', {
        cameraId,
        code: `SDK_${hexCode(ev.sdkCode)}`,
        message: `camera warning ${hexCode(ev.sdkCode)}`,
      });
  }
}

/** The SDK restored a link that was reconnecting (second OnConnected or CrWarning_Connect_Reconnected). */
function reconnected(host: RouterHost, link: CameraLink): void {
  if (link.state !== 'reconnecting') return;
  link.state = 'connected';
  host.log.info('reconnected', { cameraId: link.cameraId });
  host.events.emit('connected', { cameraId: link.cameraId, mode: link.mode });
  host.refreshCameras();
}

async function downloaded(host: RouterHost, cameraId: string, path: string): Promise<void> {
  try {
    const { size } = await stat(path);
    host.events.emit('downloadComplete', { cameraId, filename: basename(path), stagedPath: path, size });
  } catch (err) {
    host.log.warn(`downloaded file ${path} is not readable: ${(err as Error).message}`, { cameraId });
  }
}

async function cardChanged(host: RouterHost, link: CameraLink, ev: NativeEvent): Promise<void> {
  const slot = ev.param1 === 2 ? 2 : 1;
  if (ev.code === LIST.CLEAR) {
    link.knownContents.delete(slot);
    return;
  }
  try {
    const files = await host.listSlot(link, slot);
    const known = link.knownContents.get(slot);
    link.knownContents.set(slot, new Set(files.map(key)));
    if (ev.code !== LIST.ADD) return; // ALL: the index is (re)built; this is the baseline
    let added = known ? files.filter((f) => !known.has(key(f))) : [];
    if (!known && files.length) {
      const newest = Math.max(...files.map((f) => f.contentId));
      added = files.filter((f) => f.contentId === newest);
    }
    if (added.length) host.events.emit('contentsChanged', { cameraId: link.cameraId, slot, added });
  } catch (err) {
    host.log.warn(`card listing after a change failed: ${(err as Error).message}`, {
      cameraId: link.cameraId,
    });
  }
}

async function overflow(host: RouterHost, dropped: number): Promise<void> {
  host.log.warn(`${dropped} camera events were dropped (queue full); refreshing state`);
  for (const link of host.links()) {
    host.events.emit('warning', {
      cameraId: link.cameraId,
      code: 'EVENT_OVERFLOW',
      message: `${dropped} camera events were dropped`,
    });
    try {
      host.events.emit('propertyChanged', { cameraId: link.cameraId, codes: await host.allCodes(link) });
    } catch {
      /* the link may be gone by now */
    }
  }
}
