import { describe, expect, it } from 'vitest';
import { alphaSpecEventNames } from './api/testing/alpha-spec';
import { ALPHA_EVENT_NAMES, eventSchemas, isStudioEventName } from './events';

describe('the event catalog', () => {
  it('has exactly the events the Alpha API document lists, plus the studio’s own', () => {
    const spec = alphaSpecEventNames();
    expect([...ALPHA_EVENT_NAMES].sort()).toEqual([...spec].sort());
    for (const name of spec) expect(isStudioEventName(name), name).toBe(true);
  });

  it('validates the documented payloads, the handshake included', () => {
    expect(eventSchemas.connected.safeParse({ cameraId: '*' }).success).toBe(true);
    expect(
      eventSchemas.downloadComplete.safeParse({ cameraId: 'C', filename: 'a.jpg', savedPath: '/a.jpg' })
        .success,
    ).toBe(true);
    expect(eventSchemas.downloadComplete.safeParse({ cameraId: 'C', filename: 'a.jpg' }).success).toBe(false);
    expect(isStudioEventName('replayGap')).toBe(false);
  });
});
