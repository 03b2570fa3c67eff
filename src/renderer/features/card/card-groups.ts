import type { CardFile } from '../../../shared/camera-types';

/** Files of one capture day, in display order. */
export interface DateGroup {
  day: string;
  files: CardFile[];
}

/** Groups files (already in display order) by the date part of `createdAt`, keeping order. */
export function groupByDay(files: readonly CardFile[]): DateGroup[] {
  const groups: DateGroup[] = [];
  for (const f of files) {
    const day = f.createdAt.slice(0, 10) || 'unknown';
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.files.push(f);
    else groups.push({ day, files: [f] });
  }
  return groups;
}
