import { useCallback, type DragEvent } from 'react';
import type { CardListingFile } from '../../../shared/card-import-types';
import { useClient, useStoreApi } from '../../app/studio-context';
import { cardKey } from '../../store/card-slice';
import { startDownloadDrag } from '../filmstrip/shot-download';
import { cardDragOut, draggedRefs, setCardDrag } from './card-drag';

/**
 * Dragging card tiles: inside the window they carry their references (the selection when the tile is part
 * of it) for a drop onto a session; out of the window a pulled file goes as its session shot (Electron's
 * native drag, the same as a filmstrip shot) or as a download (a browser). A file not pulled yet cannot
 * leave the window (see `cardDragOut`).
 */
export function useTileDrag(cameraId: string) {
  const client = useClient();
  const store = useStoreApi();
  const shotFileUrl = useCallback((id: string) => client.shotFileUrl(id), [client]);
  const canDragOut = useCallback(
    (file: CardListingFile) => cardDragOut(file, !!client.native, shotFileUrl).kind !== 'pull-first',
    [client, shotFileUrl],
  );
  const onDragStart = useCallback(
    (file: CardListingFile, key: string, e: DragEvent) => {
      const out = cardDragOut(file, !!client.native, shotFileUrl);
      if (out.kind === 'native' && client.native) {
        e.preventDefault();
        void client.native.startDrag({ kind: 'shot', shotId: out.shotId }).catch(() => undefined);
        return;
      }
      const { selected, files } = store.getState().card;
      setCardDrag(e.dataTransfer, { cameraId, refs: draggedRefs(file, key, selected, files, cardKey) });
      if (out.kind === 'download') startDownloadDrag(e.dataTransfer, out.shot, out.url);
    },
    [client, store, cameraId, shotFileUrl],
  );
  return { canDragOut, onDragStart };
}
