import { FOCUS_POSITION_OPERATION, type CameraDriver } from '../camera/driver';
import type { EventBus } from '../core/event-bus';

/**
 * Forwards the driver events that need no service state onto the bus in catalog form (AF status,
 * errors, warnings, operation results, focus-move results, card content changes). Connection, property, frame and download
 * events are translated by the registry, property service, live-view hub and auto-import instead.
 * Returns the unsubscribe function.
 */
export function bridgeDriverEvents(driver: CameraDriver, bus: EventBus): () => void {
  const ev = driver.events;
  const offs = [
    ev.on('afStatus', ({ cameraId, state }) => bus.emit('afStatus', { cameraId, state })),
    ev.on('warning', (w) => bus.emit('warning', { cameraId: w.cameraId, code: w.code, message: w.message })),
    ev.on('error', ({ cameraId, error, sdkCode }) =>
      bus.emit('error', {
        cameraId,
        code: error.code,
        message: error.message,
        ...(sdkCode !== undefined ? { sdkCode } : {}),
      }),
    ),
    ev.on('operationResult', (r) =>
      r.operation === FOCUS_POSITION_OPERATION
        ? bus.emit('focusResult', { cameraId: r.cameraId, success: r.result === 'ok' })
        : bus.emit('operationResult', { cameraId: r.cameraId, operation: r.operation, result: r.result }),
    ),
    ev.on('contentsChanged', ({ cameraId, added }) =>
      bus.emit('contentsTransfer', { cameraId, files: added }),
    ),
  ];
  return () => offs.forEach((off) => off());
}
