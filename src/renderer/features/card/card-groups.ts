import type { CardListingFile } from '../../../shared/card-import-types';

/** Files of one capture day, in display order. */
export interface DateGroup {
  day: string;
  files: CardListingFile[];
}

/** Groups files (already in display order) by the date part of `createdAt`, keeping order. */
export function groupByDay(files: readonly CardListingFile[]): DateGroup[] {
  const groups: DateGroup[] = [];
  for (const f of files) {
    const day = f.createdAt.slice(0, 10) || 'unknown';
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.files.push(f);
    else groups.push({ day, files: [f] });
  }
  return groups;
}
