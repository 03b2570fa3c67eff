import type { CardFile } from '../../shared/camera-types';
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
