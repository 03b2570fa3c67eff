import { describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../../shared/camera-types';
import {
  base64SseFrame,
  etagMatches,
  frameEtag,
  jpegBuffer,
  jsonSseFrame,
  mjpegPartHeader,
} from './frame-cache';

const frame = (seq: number): LiveViewFrame => ({
  cameraId: 'CAM',
  seq,
  timestamp: 1_700_000_000_000 + seq,
  width: 4,
  height: 3,
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, seq, 0xff, 0xd9]),
});

describe('frame cache', () => {
  it('shares one Buffer view and one encoding per frame across consumers', () => {
    const f = frame(7);
    const view = jpegBuffer(f);
    expect(view.buffer).toBe(f.jpeg.buffer); // no copy
    expect(jpegBuffer(f)).toBe(view);
    const a = base64SseFrame(f);
    expect(base64SseFrame(f)).toBe(a); // encoded once, same bytes for every image-stream client
    expect(a.toString()).toBe(`id: 7\ndata: ${Buffer.from(f.jpeg).toString('base64')}\n\n`);
    const j = jsonSseFrame(f);
    expect(jsonSseFrame(f)).toBe(j);
    const [, data] = /data: (.*)\n\n$/.exec(j.toString()) ?? [];
    expect(JSON.parse(data)).toEqual({
      cameraId: 'CAM',
      seq: 7,
      timestamp: f.timestamp,
      width: 4,
      height: 3,
      jpeg: Buffer.from(f.jpeg).toString('base64'),
    });
    expect(base64SseFrame(frame(8))).not.toBe(a);
  });

  it('builds strong ETags and matches If-None-Match lists, weak tags and *', () => {
    const tag = frameEtag(frame(1));
    expect(tag).not.toBe(frameEtag(frame(2)));
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"a", W/${tag}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(undefined, tag)).toBe(false);
  });

  it('writes MJPEG part headers with the exact length', () => {
    expect(mjpegPartHeader(frame(3), 'b').toString()).toMatch(
      /^--b\r\nContent-Type: image\/jpeg\r\nContent-Length: 6\r\n/,
    );
  });
});
