import type { StudioClient } from '../../shared/studio-client';
import type { ShotInfo } from '../../shared/studio-types';
import { asErrorValue } from '../features/errors/error-messages';
import { expectShotThumb, takePushedThumb } from '../features/filmstrip/strip-thumbs';
import type { StudioStore } from '../store/store';
import { coalesced } from './coalesce';

/** Shots read first when a window opens a session: more than a wide strip shows, far fewer than a day's. */
export const FIRST_SHOTS = 200;

/** Resolves when the window is next idle, or after `timeoutMs` at the latest. */
function whenIdle(timeoutMs: number): Promise<void> {
  const idle = globalThis.requestIdleCallback;
  return new Promise((resolve) => {
    if (idle) idle(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

/** Sessions, naming template and the active session's shots. */
export class SessionActions {
  /** Re-reads the active session's shots; bursts collapse into one trailing read. */
  readonly refreshShots: () => Promise<void>;

  constructor(
    private readonly client: StudioClient,
    private readonly store: StudioStore,
  ) {
    const run = coalesced(async () => {
      const session = this.store.getState().activeSession;
      if (!session) return;
      this.applyShots(session.id, await this.client.listShots(session.id));
    });
    this.refreshShots = () => run('shots');
  }

  /**
   * Puts a listed session's shots in the store (unless another session became active meanwhile);
   * `partial`: only its newest.
   */
  private applyShots(sessionId: string, shots: ShotInfo[], partial = false): void {
    const s = this.store.getState();
    if (s.activeSession?.id !== sessionId) return;
    const known = new Set(s.shots.map((x) => x.id));
    const hadShots = s.shots.length > 0;
    const newestKnown = s.shots[0]?.id;
    // Shots announced (`shotAdded`) while the list was on its way stay.
    const listed = new Set(shots.map((x) => x.id));
    s.setShots([...shots, ...s.shots.filter((x) => !listed.has(x.id))], partial);
    // A new arrival (newer than any shot known) becomes the selection so the strip follows the shoot; the
    // older shots the whole list adds to a first page are not arrivals.
    const list = this.store.getState().shots;
    const newer = newestKnown === undefined ? -1 : list.findIndex((x) => x.id === newestKnown);
    const fresh = list.slice(0, newer < 0 ? list.length : newer).find((x) => !known.has(x.id));
    if (fresh && (hadShots || s.selectedShotId === null)) this.store.getState().selectShot(fresh.id);
  }

  /** A shot joined a session (`shotAdded`): the filmstrip adds it and follows the shoot by selecting it. */
  shotArrived(shot: ShotInfo): void {
    const s = this.store.getState();
    if (s.activeSession?.id !== shot.sessionId || s.shots.some((x) => x.id === shot.id)) return;
    // Its thumbnail follows as a push (`shotThumbnail`): the strip's item waits for that, not a request.
    expectShotThumb(this.client, shot);
    s.addShot(shot, true);
  }

  /** A shot's thumbnail was pushed (`shotThumbnail`): kept for the strip when the shot is in the open session. */
  thumbnailArrived(push: { shotId: string; sessionId: string; jpegBase64: string }): void {
    if (this.store.getState().activeSession?.id !== push.sessionId) return;
    takePushedThumb(this.client, push.shotId, push.jpegBase64);
  }

  /**
   * Loads the session list, the active session and its shots, all at once (the shots of "the active
   * session" are asked for alongside which session that is: one round trip less before the filmstrip shows).
   * The newest {@link FIRST_SHOTS} come first, so the strip shows while a large session's whole list (1.4 MB
   * at 5,000 shots: ~100 ms to send, parse and pair) is still on its way.
   */
  async load(): Promise<void> {
    const root = this.refreshRoot();
    const [sessions, active, first] = await Promise.all([
      this.client.listSessions(),
      this.client.getActiveSession(),
      this.client.listShots(undefined, FIRST_SHOTS).catch(() => null),
    ]);
    const s = this.store.getState();
    s.setSessions(sessions);
    s.setActiveSession(active);
    // Another session may have become active between the two answers: then read its shots by id.
    if (first && first.every((x) => x.sessionId === active.id)) {
      this.applyShots(active.id, first, first.length >= FIRST_SHOTS);
      // The rest waits for a quiet moment, so the first screen's thumbnails are not queued behind it.
      if (first.length >= FIRST_SHOTS) await whenIdle(1000).then(() => this.refreshShots());
    } else await this.refreshShots();
    await root;
  }

  /** Re-reads where new session folders go (another window or a script may have moved it). */
  async refreshRoot(): Promise<void> {
    const settings = await this.client.getStudioSettings();
    this.store.getState().setSessionRoot(settings.sessionRoot);
    this.store.getState().setDefaultTemplate(settings.namingTemplate);
  }

  /** Makes `template` the one every new session starts with. */
  async setDefaultTemplate(template: string): Promise<void> {
    const settings = await this.client.setDefaultTemplate(template);
    this.store.getState().setDefaultTemplate(settings.namingTemplate);
  }

  /**
   * Moves the session root and re-opens the active session under it. A failure is kept in the store (the
   * session bar shows it in place, whether the change came from the field, Choose… or the app menu) and rethrown.
   */
  async setRoot(path: string): Promise<void> {
    const s = this.store.getState();
    s.setSessionRootError(null);
    try {
      const active = await this.client.setSessionRoot(path);
      s.setActiveSession(active);
      s.setSessions(await this.client.listSessions());
      await Promise.all([this.refreshShots(), this.refreshRoot()]);
    } catch (err) {
      this.store.getState().setSessionRootError(asErrorValue(err));
      throw err;
    }
  }

  /** Desktop: the native folder picker, then {@link setRoot}. Resolves false when cancelled or unavailable. */
  async chooseRoot(): Promise<boolean> {
    const native = this.client.native;
    if (!native) return false;
    const root = this.store.getState().sessionRoot;
    const picked = await native.chooseFolder({
      title: 'Where should session folders be created?',
      ...(root ? { defaultPath: root } : {}),
    });
    if (!picked) return false;
    await this.setRoot(picked);
    return true;
  }

  /** Re-reads the active session (counters, template) without touching the shots. */
  async refreshActive(): Promise<void> {
    const active = await this.client.getActiveSession();
    const s = this.store.getState();
    const changed = s.activeSession?.id !== active.id;
    s.setActiveSession(active);
    if (changed) {
      s.setSessions(await this.client.listSessions());
      await Promise.all([this.refreshShots(), this.refreshRoot()]);
    }
  }

  /** Creates a session and makes it active. */
  async create(name: string): Promise<void> {
    const created = await this.client.createSession(name);
    const active = created.id ? await this.client.switchSession(created.id).catch(() => created) : created;
    const s = this.store.getState();
    s.setSessions(await this.client.listSessions());
    s.setActiveSession(active);
    await this.refreshShots();
  }

  /** Switches to another session. */
  async switchTo(sessionId: string): Promise<void> {
    const active = await this.client.switchSession(sessionId);
    this.store.getState().setActiveSession(active);
    await this.refreshShots();
  }

  /** Sets the active session's naming template. */
  async setTemplate(template: string): Promise<void> {
    const session = await this.client.setNamingTemplate(template);
    this.store.getState().setActiveSession(session);
  }

  /** The next file name a template would give. */
  previewName(template: string): Promise<string> {
    return this.client.previewName(template);
  }
}
