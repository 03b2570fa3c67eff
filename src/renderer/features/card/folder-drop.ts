import { useState, type DragEvent } from 'react';
import { carriesCardFiles } from './card-drag';

/** What a drop from the OS onto the card browser means. */
export type FolderDrop =
  { kind: 'path'; path: string } | { kind: 'no-path'; browser: boolean } | { kind: 'not-folder' };

/** True while a drag brings files or folders from the OS (not card tiles from this window). */
export function carriesOsFiles(dataTransfer: DataTransfer): boolean {
  return Array.from(dataTransfer.types).includes('Files') && !carriesCardFiles(dataTransfer);
}

/**
 * Reads an OS drop: the dropped folder's path where the shell can tell it (Electron), `not-folder` for a
 * file, `no-path` otherwise — a browser never learns where a dropped folder lies on disk.
 */
export function readFolderDrop(
  dataTransfer: DataTransfer,
  pathForFile: ((file: File) => string | null) | undefined,
): FolderDrop {
  if (!pathForFile) return { kind: 'no-path', browser: true };
  const entry = dataTransfer.items?.[0]?.webkitGetAsEntry?.();
  if (entry && !entry.isDirectory) return { kind: 'not-folder' };
  const file = dataTransfer.files[0];
  const path = file ? pathForFile(file) : null;
  return path ? { kind: 'path', path } : { kind: 'no-path', browser: false };
}

/** The sentence the card browser shows after an OS drop. */
export function folderDropMessage(drop: FolderDrop): string {
  if (drop.kind === 'path') return `Pulls now go to ${drop.path}`;
  if (drop.kind === 'not-folder') return 'That is a file: drop a folder to pull the card files into it.';
  return drop.browser
    ? 'A browser cannot see where a dropped folder is on disk. Type the folder’s path in “To”, or use the desktop app, which takes dropped folders.'
    : 'The dropped item has no path on this computer: choose the folder with “Choose…”.';
}

/**
 * Drop handling of the card browser for folders from the OS: while one hovers the browser says where it
 * would go; a dropped folder becomes the destination of the pull (`onPath`), anything else is explained.
 */
export function useFolderDrop(
  pathForFile: ((file: File) => string | null) | undefined,
  onPath: (path: string) => void,
) {
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<{ text: string; ok: boolean } | null>(null);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      if (!carriesOsFiles(e.dataTransfer)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setOver(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
    },
    onDrop: (e: DragEvent) => {
      if (!carriesOsFiles(e.dataTransfer)) return;
      e.preventDefault();
      setOver(false);
      const drop = readFolderDrop(e.dataTransfer, pathForFile);
      if (drop.kind === 'path') onPath(drop.path);
      setNote({ text: folderDropMessage(drop), ok: drop.kind === 'path' });
    },
  };
  return { over, note, dismiss: () => setNote(null), handlers };
}
