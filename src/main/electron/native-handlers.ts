import {
  BrowserWindow,
  dialog,
  nativeImage,
  shell,
  type NativeImage,
  type OpenDialogOptions,
} from 'electron';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { NativeHandlers } from '../ipc/ipc-bridge';
import { createLogger } from '../core/logger';
import { resolveDragFile, revealTarget, type DragStudio } from './drag-out';

const log = createLogger('electron:native');

/** Drag icon edge in pixels. */
const DRAG_ICON_SIZE = 96;

function dragIcon(thumbnail: Uint8Array | null, fallbackIconPath: string | null): NativeImage {
  if (thumbnail) {
    const image = nativeImage.createFromBuffer(
      Buffer.from(thumbnail.buffer, thumbnail.byteOffset, thumbnail.byteLength),
    );
    if (!image.isEmpty()) return image.resize({ width: DRAG_ICON_SIZE });
  }
  if (fallbackIconPath) {
    const image = nativeImage.createFromPath(fallbackIconPath);
    if (!image.isEmpty()) return image.resize({ width: DRAG_ICON_SIZE });
  }
  // macOS refuses an empty drag image: a 1×1 transparent pixel is the last resort.
  return nativeImage.createFromBitmap(Buffer.alloc(4), { width: 1, height: 1 });
}

/**
 * The desktop-only calls: drag a shot or a card file out of the window, pick a folder, reveal a file.
 * `appIconPath` is the drag icon when a file has no thumbnail.
 */
export function createNativeHandlers(studio: DragStudio, appIconPath: string | null): NativeHandlers {
  return {
    async startDrag(ctx, target) {
      const { file, thumbnail } = await resolveDragFile(studio, target);
      if (ctx.sender.isDestroyed())
        throw new TetherError(ErrorCode.Cancelled, 'the window closed before the drag started');
      log.info(`drag-out ${file}`);
      ctx.sender.startDrag({ file, icon: dragIcon(thumbnail, appIconPath) });
    },

    async chooseFolder(ctx, options) {
      const dialogOptions: OpenDialogOptions = {
        title: options?.title ?? 'Choose a folder',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        ...(options?.defaultPath ? { defaultPath: options.defaultPath } : {}),
      };
      const owner = BrowserWindow.fromWebContents(ctx.sender);
      const result = owner
        ? await dialog.showOpenDialog(owner, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async reveal(_ctx, path) {
      // Only inside the studio's own folders (the request comes from a page; paths are confined).
      shell.showItemInFolder(await revealTarget(studio, path));
    },
  };
}
