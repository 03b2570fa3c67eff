import type { CardFile, RawValue } from '../../shared/camera-types';
import { describeProperty, propertyByName, type PropertyView } from '../../shared/properties/index';
import type { CardRef } from '../../shared/studio-client';
import type { ShotInfo } from '../../shared/studio-types';
import type { TransferJob } from '../../shared/transfer-types';

/** A transfer job for a card ref. */
export function fakeJob(
  id: string,
  ref: CardRef,
  state: TransferJob['state'],
  extra: Partial<TransferJob> = {},
): TransferJob {
  return {
    id,
    cameraId: 'CAM1',
    source: { kind: 'card', ...ref },
    originalName: `DSC${String(ref.contentId).padStart(5, '0')}.JPG`,
    state,
    bytesDone: 0,
    bytesTotal: 1000,
    percent: 0,
    speed: 0,
    attempts: 0,
    createdAt: 1000 + Number(id.replace(/\D/g, '') || 0),
    ...extra,
  };
}

/** A shot in session s1. */
export function fakeShot(n: number): ShotInfo {
  const name = `Test_${String(n).padStart(4, '0')}.JPG`;
  return {
    id: `shot-${n}`,
    sessionId: 's1',
    fileName: name,
    path: `/tmp/Test/${name}`,
    size: 5_000_000,
    cameraId: 'CAM1',
    originalName: `DSC0000${n}.JPG`,
    kind: 'jpeg',
    seq: n,
    importedAt: `2024-05-14T10:00:${String(n).padStart(2, '0')}Z`,
  };
}

/** A card file. */
export function fakeCardFile(contentId: number, day: string, kind: CardFile['kind'] = 'jpeg'): CardFile {
  const name = `DSC${String(contentId).padStart(5, '0')}.${kind === 'raw' ? 'ARW' : 'JPG'}`;
  return {
    slot: 1,
    contentId,
    fileId: 0,
    path: `DCIM/100MSDCF/${name}`,
    name,
    size: 1000,
    createdAt: `${day}T10:${String(contentId % 60).padStart(2, '0')}:00`,
    kind,
  };
}

/**
 * A property as the studio would describe it: raw values run through the shared catalog (`describeProperty`),
 * so labels, hex and friendly forms are the real ones.
 */
export function catalogProperty(
  name: string,
  raw: RawValue[],
  current: RawValue,
  writable = true,
): PropertyView {
  const def = propertyByName(name);
  if (!def) throw new Error(`catalog has no ${name}`);
  const view = describeProperty({ code: def.code, value: current, writable, available: raw });
  if (!view) throw new Error(`catalog cannot describe ${name}`);
  return view;
}

/** The fake body's settings: ISO, shutter, aperture, priority key on PC Remote. */
export function defaultProps(): Record<string, PropertyView> {
  const pk = (key: string) => propertyByName('priority-key')?.enum?.find((e) => e.key === key)?.value ?? 0;
  const shutter = (d: number) => (1 << 16) | d;
  return {
    iso: catalogProperty('iso', [100, 200, 400, 800], 100),
    'shutter-speed': catalogProperty(
      'shutter-speed',
      [shutter(60), shutter(125), shutter(250)],
      shutter(125),
    ),
    aperture: catalogProperty('aperture', [280, 400, 560], 400),
    'priority-key': catalogProperty(
      'priority-key',
      [pk('camera-position'), pk('pc-remote')],
      pk('pc-remote'),
    ),
  };
}
