import { expect, it } from 'vitest';
import { ErrorCode } from '../errors';
import { sessionInfoSchema, shotInfoSchema } from '../studio-types';
import { EventRecorder, expectCode, type ClientUnderTest } from './conformance-helpers';

/** Joins an absolute folder and a name the way both path styles read (the suite runs on POSIX paths). */
const under = (dir: string, name: string) => `${dir.replace(/[\\/]+$/, '')}/${name}`;

/** Sessions, the naming template, shots and the session root. */
export function sessionConformance(ctx: { t: ClientUnderTest }): void {
  it('creates, lists and switches sessions, announcing each change', async () => {
    const { client } = ctx.t;
    const events = new EventRecorder(client);
    await ctx.t.eventsReady?.();
    const first = await client.getActiveSession();
    expect(sessionInfoSchema.safeParse(first).success).toBe(true);
    const created = await client.createSession('Conformance');
    expect(created).toMatchObject({ name: 'Conformance', nextSeq: 1, shotCount: 0 });
    expect(created.id).not.toBe(first.id);
    await events.next('sessionChanged', (e) => e.id === created.id);
    expect((await client.getActiveSession()).id).toBe(created.id);
    expect((await client.listSessions()).map((s) => s.id)).toEqual(
      expect.arrayContaining([first.id, created.id]),
    );
    expect((await client.switchSession(first.id)).id).toBe(first.id);
    await events.next('sessionChanged', (e) => e.id === first.id);
    await expectCode(client.switchSession('no-such-session'), ErrorCode.NotFound);
    events.close();
  });

  it('sets the naming template and previews the next name with it', async () => {
    const { client } = ctx.t;
    const session = await client.createSession('Preview');
    const updated = await client.setNamingTemplate('{session}-{seq:3}{ext}');
    expect(updated).toMatchObject({ id: session.id, template: '{session}-{seq:3}{ext}' });
    expect((await client.getActiveSession()).template).toBe('{session}-{seq:3}{ext}');
    expect(await client.previewName('{session}-{seq:3}{ext}')).toMatch(/^Preview-001\.[A-Za-z0-9]+$/);
    expect(await client.previewName('{session}_{seq:5}{ext}')).toMatch(/^Preview_00001\./);
  });

  it('keeps a default naming template that every new session starts with, unless one is given', async () => {
    const { client } = ctx.t;
    const before = await client.getStudioSettings();
    expect(before.namingTemplate).not.toBe('');
    const saved = await client.setDefaultTemplate('{date:YYYYMMDD}_{seq:4}{ext}');
    expect(saved).toMatchObject({ namingTemplate: '{date:YYYYMMDD}_{seq:4}{ext}' });
    expect((await client.getStudioSettings()).namingTemplate).toBe('{date:YYYYMMDD}_{seq:4}{ext}');
    expect((await client.createSession('Default A')).template).toBe('{date:YYYYMMDD}_{seq:4}{ext}');
    expect((await client.createSession('Own B', '{session}-{seq:2}{ext}')).template).toBe(
      '{session}-{seq:2}{ext}',
    );
    await expectCode(client.setDefaultTemplate('{nope}{ext}'), ErrorCode.InvalidArgument);
    await expectCode(client.createSession('Bad C', '{nope}{ext}'), ErrorCode.InvalidArgument);
    expect((await client.getStudioSettings()).namingTemplate).toBe('{date:YYYYMMDD}_{seq:4}{ext}');
    await client.setDefaultTemplate(before.namingTemplate);
  });

  it('lists shots in the shared shape and answers NOT_FOUND for unknown shots', async () => {
    const { client } = ctx.t;
    const shots = await client.listShots();
    for (const s of shots) expect(shotInfoSchema.safeParse(s).success).toBe(true);
    // The newest N, in the same order: what a window shows first of a large session.
    expect(await client.listShots(undefined, 1)).toEqual(shots.slice(-1));
    expect(await client.listShots(undefined, shots.length + 5)).toEqual(shots);
    await expectCode(client.getShotImage('no-such-shot', 'thumbnail'), ErrorCode.NotFound);
    await expectCode(client.listShots('no-such-session'), ErrorCode.NotFound);
  });

  it('moves the session root and re-opens the active session by name under it', async () => {
    const { client } = ctx.t;
    const events = new EventRecorder(client);
    await ctx.t.eventsReady?.();
    const before = await client.getStudioSettings();
    expect(before.sessionRoot).toMatch(/^(\/|[A-Za-z]:[\\/])/);
    const active = await client.getActiveSession();
    const target = under(ctx.t.scratchDir, 'moved-root');
    const moved = await client.setSessionRoot(target);
    expect(moved).toMatchObject({ name: active.name, folder: under(target, active.name) });
    expect((await client.getStudioSettings()).sessionRoot).toBe(target);
    expect((await client.getActiveSession()).folder).toBe(moved.folder);
    await events.next('sessionChanged', (e) => e.folder === moved.folder);
    events.close();
  });
}
