import { describe, expect, it } from 'vitest';
import type { CardListingFile } from '../../../shared/card-import-types';
import { fakeCardFile } from '../../testing/fake-client';
import { cardKey } from '../../store/card-slice';
import { batchTotals } from '../../store/transfers-slice';
import { cardDragOut, draggedRefs } from './card-drag';
import { pullSummary } from './pull-summary';

const pulled: CardListingFile = {
  ...fakeCardFile(1, '2024-05-14'),
  imported: { sessionId: 's1', shotId: 'shot-1', fileName: 'Test_0001.JPG' },
};
const fresh: CardListingFile = fakeCardFile(2, '2024-05-14');
const url = (id: string) => `http://127.0.0.1:8080/api/studio/shots/${id}/file`;

describe('cardDragOut: only a file already pulled leaves the window (issue 10 item 15)', () => {
  it('desktop: a pulled file drags as its session shot; a fresh one must be pulled first', () => {
    expect(cardDragOut(pulled, true, url)).toEqual({ kind: 'native', shotId: 'shot-1' });
    expect(cardDragOut(fresh, true, url)).toEqual({ kind: 'pull-first' });
  });

  it('browser: a pulled file drags as a download of the shot; a fresh one must be pulled first', () => {
    expect(cardDragOut(pulled, false, url)).toEqual({
      kind: 'download',
      url: url('shot-1'),
      shot: { kind: 'jpeg', fileName: 'Test_0001.JPG' },
    });
    expect(cardDragOut(fresh, false, url)).toEqual({ kind: 'pull-first' });
    expect(cardDragOut(pulled, false, () => null)).toEqual({ kind: 'pull-first' });
  });
});

describe('draggedRefs', () => {
  it('takes the selection when the dragged tile is in it, else the tile alone', () => {
    const files = [pulled, fresh, fakeCardFile(3, '2024-05-14')];
    const selected: Record<string, true> = { [cardKey(fresh)]: true, [cardKey(files[2])]: true };
    expect(draggedRefs(fresh, cardKey(fresh), selected, files, cardKey)).toEqual([
      { slot: 1, contentId: 2, fileId: 0 },
      { slot: 1, contentId: 3, fileId: 0 },
    ]);
    expect(draggedRefs(pulled, cardKey(pulled), selected, files, cardKey)).toEqual([
      { slot: 1, contentId: 1, fileId: 0 },
    ]);
  });
});

describe('pullSummary: the end state of a pull (issue 10 item 11)', () => {
  const totals = (t: Partial<Parameters<typeof pullSummary>[0]>) => ({ ...batchTotals({}, []), ...t });

  it('says what was imported, cancelled and skipped once nothing runs', () => {
    expect(pullSummary(totals({ count: 7, done: 6, cancelled: 1 }), 0)).toBe('6 of 6 imported · 1 cancelled');
    expect(pullSummary(totals({ count: 3, done: 1, failed: 2 }), 2)).toBe(
      '1 of 3 imported · 2 already imported, skipped',
    );
    expect(pullSummary(totals({ count: 3, done: 1, active: 2 }), 0)).toBeNull();
    expect(pullSummary(totals({}), 3)).toBe('Nothing new to pull: 3 already imported');
    expect(pullSummary(totals({}), 0)).toBeNull();
  });
});
