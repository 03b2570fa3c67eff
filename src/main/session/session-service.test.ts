import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogBuffer } from '../core/logger';
import { CorruptionReporter } from '../core/corruption-reporter';
import { SettingsService } from '../settings/settings-service';
import { EventBus } from '../core/event-bus';
import { SESSION_META_FILE } from './session-schemas';
import { SessionService } from './session-service';

let dir: string;
let clock: number;

async function makeService(root = join(dir, 'root'), bus = new EventBus()) {
  const log = new LogBuffer(100, null).logger('test');
  const reporter = new CorruptionReporter(log, bus);
  const settings = new SettingsService(join(dir, 'data'), reporter);
  await settings.load();
  const sessions = new SessionService({
    dataDir: join(dir, 'data'),
    root,
    settings,
    reporter,
    bus,
    log,
    now: () => clock,
  });
  await sessions.load();
  return { sessions, bus, settings, reporter };
}

const req = (original: string, cameraId = 'cam1') => ({ cameraId, camera: 'ILCE-7M4', original });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-sessions-'));
  clock = new Date(2024, 4, 6, 10, 0, 0).getTime();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SessionService', () => {
  it('creates a dated default session under the root', async () => {
    const { sessions } = await makeService();
    const s = sessions.active();
    expect(s.name).toBe('2024-05-06');
    expect(s.folder).toBe(join(dir, 'root', '2024-05-06'));
    expect(s.template).toBe('{session}_{seq:4}{ext}');
    expect(s.nextSeq).toBe(1);
  });

  it('numbers shots, skips names that exist on disk (clash ⇒ next number)', async () => {
    const { sessions } = await makeService();
    const s = sessions.active();
    await writeFile(join(s.folder, '2024-05-06_0001.JPG'), 'someone else');
    const a = await sessions.allocate(req('DSC00001.JPG'));
    expect(a.fileName).toBe('2024-05-06_0002.JPG');
    const b = await sessions.allocate(req('DSC00002.JPG'));
    expect(b.fileName).toBe('2024-05-06_0003.JPG');
    const again = await sessions.reallocate(b, req('DSC00002.JPG'));
    expect(again.seq).toBe(4);
    expect(sessions.active().nextSeq).toBe(5);
  });

  it('gives a RAW+JPEG pair one number, and a later reuse of the camera name a new one', async () => {
    const { sessions } = await makeService();
    const raw = await sessions.allocate(req('DSC00010.ARW'));
    const jpg = await sessions.allocate(req('DSC00010.JPG'));
    const other = await sessions.allocate(req('DSC00011.JPG'));
    expect(jpg.seq).toBe(raw.seq);
    expect(raw.fileName).toBe('2024-05-06_0001.ARW');
    expect(jpg.fileName).toBe('2024-05-06_0001.JPG');
    expect(other.seq).toBe(2);
    // A second JPEG with the same base name is not a pair partner.
    expect((await sessions.allocate(req('DSC00010.JPG'))).seq).toBe(3);
    // Same base name from another camera: its own number.
    expect((await sessions.allocate(req('DSC00011.ARW', 'cam2'))).seq).toBe(4);
    // Far apart in time: not a pair even with a matching name.
    clock += 10 * 60_000;
    expect((await sessions.allocate(req('DSC00011.ARW'))).seq).toBe(5);
  });

  it('never hands out the same name twice while reservations are in flight', async () => {
    const { sessions } = await makeService();
    const all = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sessions.allocate(req(`DSC${i}.JPG`))),
    );
    expect(new Set(all.map((a) => a.fileName)).size).toBe(20);
  });

  it('uses -N suffixes when the template has no {seq}', async () => {
    const { sessions } = await makeService();
    await sessions.setTemplate('{original}{ext}');
    const a = await sessions.allocate(req('IMG.JPG'));
    const b = await sessions.allocate(req('IMG.JPG'));
    expect([a.fileName, b.fileName]).toEqual(['IMG.JPG', 'IMG-2.JPG']);
  });

  it('lists a shot only once its index record is on disk: a crash never loses a listed shot (issue 12 item 2)', async () => {
    const { sessions } = await makeService();
    await sessions.create('Crash');
    const alloc = await sessions.allocate(req('DSC1.JPG'));
    const adding = sessions.addShot(alloc, {
      size: 3,
      cameraId: 'cam1',
      originalName: 'DSC1.JPG',
      kind: 'jpeg',
    });
    // The record is in memory, its write is not done: a client asking now must not see it.
    expect(await sessions.shots()).toEqual([]);
    const shot = await adding;
    expect((await sessions.shots()).map((s) => s.id)).toEqual([shot.id]);
    // Listed means durable: a studio started now (as after a kill) has it.
    const again = await makeService();
    expect((await again.sessions.shots()).map((s) => s.id)).toEqual([shot.id]);
  });

  it('records shots, persists them, and reloads sessions and the active one', async () => {
    const first = await makeService();
    await first.sessions.create('Beach');
    const alloc = await first.sessions.allocate(req('DSC1.JPG'));
    const shot = await first.sessions.addShot(alloc, {
      size: 3,
      cameraId: 'cam1',
      originalName: 'DSC1.JPG',
      kind: 'jpeg',
    });
    await first.sessions.flush();
    await first.settings.flush();
    const meta = JSON.parse(await readFile(join(dir, 'root', 'Beach', SESSION_META_FILE), 'utf8'));
    expect(meta.shots[0].fileName).toBe('Beach_0001.JPG');

    const second = await makeService();
    expect(second.sessions.active().name).toBe('Beach');
    expect(
      second.sessions
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['2024-05-06', 'Beach']);
    expect((await second.sessions.shot(shot.id)).path).toBe(join(dir, 'root', 'Beach', 'Beach_0001.JPG'));
    expect(second.sessions.active().nextSeq).toBe(2);
  });

  it('rejects bad session names and duplicates with INVALID_ARGUMENT', async () => {
    const { sessions } = await makeService();
    for (const bad of ['', '../x', 'a/b', 'CON', 'dot.', 'x'.repeat(81), 'a\u0000b']) {
      await expect(sessions.create(bad)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
    await sessions.create('Studio');
    await expect(sessions.create('studio')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('switches sessions and emits sessionChanged', async () => {
    const { sessions, bus } = await makeService();
    const a = sessions.active();
    await sessions.create('B');
    const seen: string[] = [];
    bus.on('sessionChanged', (e) => seen.push(e.name));
    await sessions.switchTo(a.id);
    expect(sessions.active().id).toBe(a.id);
    expect(seen).toEqual([a.name]);
    await expect(sessions.switchTo('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('validates templates and previews names, showing the cut of a long one (issue 12 item 3)', async () => {
    const { sessions } = await makeService();
    expect(sessions.previewName('{session}-{seq:3}{ext}')).toBe('2024-05-06-001.JPG');
    // A template whose names exceed 180 bytes previews the cut name: text cut (…), {seq} and {ext} kept.
    const long = sessions.previewName(
      `${'Studio session, long title '.repeat(6)}${'y'.repeat(22)}_{seq:4}{ext}`,
    );
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(180);
    expect(long).toMatch(/^Studio session, .+….+y_0001\.JPG$/);
    await expect(sessions.setTemplate('{bad}')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(sessions.active().template).toBe('{session}_{seq:4}{ext}');
  });

  it('moves a corrupt session metadata file aside and reports it', async () => {
    const first = await makeService();
    const folder = first.sessions.active().folder;
    await first.sessions.flush();
    await writeFile(join(folder, SESSION_META_FILE), '{not json');
    const second = await makeService();
    expect(second.reporter.reports).toHaveLength(1);
    expect(second.reporter.reports[0].movedTo).toContain(`${SESSION_META_FILE}.corrupt-`);
    expect(await readFile(second.reporter.reports[0].movedTo, 'utf8')).toBe('{not json');
    expect(second.sessions.active().name).toBe('2024-05-06');
  });

  it('allocates with a long template in O(1) per name, keeping {seq} (issue 12 item 3)', async () => {
    const { sessions } = await makeService();
    await sessions.setTemplate(
      `${'A very long studio session title '.repeat(5)}${'x'.repeat(20)}{seq:5}{ext}`,
    );
    const svc = sessions as unknown as {
      catalog: { loadedSessions(): { allocator: { diskChecks: number } }[] };
    };
    const allocator = svc.catalog.loadedSessions()[0].allocator;
    const names = new Set<string>();
    for (let i = 0; i < 300; i++) names.add((await sessions.allocate(req(`DSC${i}.JPG`))).fileName);
    expect(names.size).toBe(300);
    for (const n of names) expect(n).toMatch(/\d{5}\.JPG$/);
    expect(allocator.diskChecks).toBeLessThanOrEqual(300);
  });

  it('skips a folder full of older files with one listing, not one check per name', async () => {
    const { sessions } = await makeService();
    const s = sessions.active();
    for (let i = 1; i <= 2000; i++)
      await writeFile(join(s.folder, `${s.name}_${String(i).padStart(4, '0')}.JPG`), '');
    const svc = sessions as unknown as {
      catalog: { loadedSessions(): { allocator: { diskChecks: number } }[] };
    };
    const allocator = svc.catalog.loadedSessions()[0].allocator;
    const a = await sessions.allocate(req('DSC1.JPG'));
    expect(a.fileName).toBe(`${s.name}_2001.JPG`);
    expect(allocator.diskChecks).toBeLessThanOrEqual(8);
    // Without {seq}: -2, -3 … remembered per name, so repeats cost one check each.
    await sessions.setTemplate('{original}{ext}');
    const before = allocator.diskChecks;
    for (let i = 0; i < 50; i++) await sessions.allocate(req('SAME.JPG'));
    expect(allocator.diskChecks - before).toBeLessThanOrEqual(50 + 8);
  });

  it('rejects and reports shot records that point outside their session folder (issue 12 item 1)', async () => {
    const first = await makeService();
    const folder = first.sessions.active().folder;
    const id = first.sessions.active().id;
    await first.sessions.flush();
    await writeFile(join(folder, 'kept.jpg'), 'x');
    const shot = (sid: string, fileName: string, path: string) => ({
      id: sid,
      sessionId: id,
      fileName,
      path,
      size: 1,
      cameraId: 'c',
      originalName: fileName,
      kind: 'jpeg',
      seq: 1,
      importedAt: '',
    });
    const meta = JSON.parse(await readFile(join(folder, SESSION_META_FILE), 'utf8'));
    meta.shots = [
      shot('shot_planted', 'id_rsa', '/home/me/.ssh/id_rsa'),
      shot('shot_dots', '../../etc/passwd', join(folder, '../../etc/passwd')),
      shot('shot_copied', 'kept.jpg', '/old/place/kept.jpg'),
    ];
    await writeFile(join(folder, SESSION_META_FILE), JSON.stringify(meta));
    const bus = new EventBus();
    const warnings: string[] = [];
    bus.on('warning', (w) => warnings.push(`${w.code} ${w.message}`));
    const { sessions } = await makeService(undefined, bus);
    expect((await sessions.shots()).map((s) => [s.id, s.path])).toEqual([
      ['shot_copied', join(folder, 'kept.jpg')],
    ]);
    expect(warnings.filter((w) => w.startsWith('FORBIDDEN'))).toHaveLength(2);
    await expect(sessions.shotFile('shot_planted')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await sessions.shotFile('shot_copied')).path).toBe(join(folder, 'kept.jpg'));
    // A symlink inside the folder that leads out is refused when read.
    const outside = join(dir, 'secret.txt');
    await writeFile(outside, 'secret');
    await symlink(outside, join(folder, 'kept.jpg.lnk'));
    await rm(join(folder, 'kept.jpg'));
    await symlink(outside, join(folder, 'kept.jpg'));
    await expect(sessions.shotFile('shot_copied')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
