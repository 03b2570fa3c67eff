import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedName, writeFileSafely } from './safe-write';

describe('host files', () => {
  it('numbers clashing names and keeps the extension', () => {
    expect(numberedName('a.jpg', 0)).toBe('a.jpg');
    expect(numberedName('a.jpg', 2)).toBe('a-2.jpg');
  });

  it('writes through a .part file and never overwrites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-files-'));
    writeFileSync(join(dir, 'x.jpg'), 'old');
    const first = await writeFileSafely(dir, 'x.jpg', Buffer.from('new'));
    const second = await writeFileSafely(dir, 'x.jpg', Buffer.from('newer'));
    expect(first).toBe(join(dir, 'x-1.jpg'));
    expect(second).toBe(join(dir, 'x-2.jpg'));
    expect(readFileSync(join(dir, 'x.jpg'), 'utf8')).toBe('old');
    expect(readFileSync(second, 'utf8')).toBe('newer');
    expect(readdirSync(dir).some((f) => f.endsWith('.part'))).toBe(false);
  });
});
