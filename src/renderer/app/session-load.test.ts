// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ShotInfo } from '../../shared/studio-types';
import { createStudioStore } from '../store/store';
import { FakeStudioClient, fakeShot } from '../testing/fake-client';
import { FIRST_SHOTS } from './session-actions';
import { StudioActions } from './studio-actions';

/** `n` shots of the fake's session, oldest first (as the studio lists them), one a minute. */
function shots(n: number): ShotInfo[] {
  return Array.from({ length: n }, (_, i) => ({
    ...fakeShot(i + 1),
    importedAt: new Date(Date.UTC(2024, 4, 14, 8) + i * 60_000).toISOString(),
  }));
}

describe('opening a session', () => {
  beforeEach(() => localStorage.clear());

  it('reads the newest shots first, then the whole list; the selection stays on the newest shot', async () => {
    const client = new FakeStudioClient();
    client.shots = shots(FIRST_SHOTS + 100);
    const actions = new StudioActions(client, createStudioStore());
    const seen: [number, boolean][] = [];
    actions.store.subscribe((st) => seen.push([st.shots.length, st.shotsPartial]));
    await actions.start();
    // The newest page first, marked partial; then the whole list.
    expect(seen).toContainEqual([FIRST_SHOTS, true]);
    expect(seen.at(-1)).toEqual([FIRST_SHOTS + 100, false]);
    const reads = client.callsOf('listShots');
    expect(reads[0]).toEqual([undefined, FIRST_SHOTS]);
    expect(reads.length).toBe(2);
    expect(reads[1][1]).toBeUndefined();
    const s = actions.store.getState();
    expect(s.shots).toHaveLength(FIRST_SHOTS + 100);
    expect(s.shots[0].id).toBe(`shot-${FIRST_SHOTS + 100}`);
    expect(s.selectedShotId).toBe(`shot-${FIRST_SHOTS + 100}`);
  });

  it('reads a small session once', async () => {
    const client = new FakeStudioClient();
    client.shots = shots(12);
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    expect(client.callsOf('listShots')).toEqual([[undefined, FIRST_SHOTS]]);
    expect(actions.store.getState().shots).toHaveLength(12);
  });
});
