import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioEvent } from '../../shared/events';
import type { SessionInfo, ShotInfo } from '../../shared/studio-types';
import { TINY_JPEG } from './fake-client-rules';

const FIRST: SessionInfo = {
  id: 's1',
  name: 'Test',
  folder: '/tmp/sessions/Test',
  createdAt: '2024-05-14T10:00:00Z',
  template: '{session}_{seq:4}{ext}',
  nextSeq: 1,
  shotCount: 0,
};

const TOKENS = ['session', 'seq', 'date', 'time', 'camera', 'original', 'ext'];

/** Refuses templates with tokens the studio does not know, as the studio does. */
function checkTemplate(template: string): void {
  for (const m of template.matchAll(/\{([^}:]*)[^}]*\}/g)) {
    if (!TOKENS.includes(m[1].trim().toLowerCase()))
      throw new TetherError(ErrorCode.InvalidArgument, `Unknown token {${m[1]}} in naming template`);
  }
}

/**
 * The fake client's sessions: folders `<root>/<name>`, one active, a template each, shots of the active one.
 * Names and templates arrive already checked by the shared schemas (the fake checks arguments first).
 */
export class FakeSessions {
  /** Where session folders are created. */
  root = '/tmp/sessions';
  /** The template new sessions start with. */
  defaultTemplate = FIRST.template;
  /** Shots of the active session (tests set them). */
  shots: ShotInfo[] = [];
  private sessions: SessionInfo[] = [{ ...FIRST }];
  private activeId = FIRST.id;

  constructor(private readonly emit: (event: StudioEvent) => void) {}

  list(): SessionInfo[] {
    return this.sessions.map((s) => this.withShots(s));
  }

  active(): SessionInfo {
    return this.withShots(this.sessions.find((s) => s.id === this.activeId) as SessionInfo);
  }

  async create(name: string, template?: string): Promise<SessionInfo> {
    if (template !== undefined) checkTemplate(template);
    const session: SessionInfo = {
      ...FIRST,
      template: template ?? this.defaultTemplate,
      id: `s${this.sessions.length + 1}`,
      name,
      folder: `${this.root}/${name}`,
      createdAt: new Date().toISOString(),
    };
    this.sessions.push(session);
    return this.activate(session, []);
  }

  async switchTo(sessionId: string): Promise<SessionInfo> {
    const session = this.sessions.find((s) => s.id === sessionId);
    if (!session) throw new TetherError(ErrorCode.NotFound, `No session ${sessionId}`);
    return this.activate(session, session.id === this.activeId ? this.shots : []);
  }

  async setTemplate(template: string): Promise<SessionInfo> {
    checkTemplate(template);
    this.replace({ ...this.active(), template });
    return this.active();
  }

  /** Sets the template new sessions start with. */
  setDefaultTemplate(template: string): void {
    checkTemplate(template);
    this.defaultTemplate = template;
  }

  /** The next name with `template` (session, sequence and extension tokens; a sample `DSC00001.JPG`). */
  previewName(template: string): string {
    const s = this.active();
    return template
      .replace(/\{session\}/gi, s.name)
      .replace(/\{seq(?::(\d))?\}/gi, (_m, n?: string) => String(s.nextSeq).padStart(Number(n ?? 4), '0'))
      .replace(/\{original\}/gi, 'DSC00001')
      .replace(/\{ext\}/gi, '.JPG')
      .replace(/\{[^}]*\}/g, '');
  }

  /**
   * Shots arriving in the active session as the studio announces tethered shots: `shotAdded`, then their
   * thumbnail pushed (`shotThumbnail`).
   */
  arrive(...shots: ShotInfo[]): void {
    this.announce(shots, true);
  }

  /** Shots arriving without a pushed thumbnail (as a card pull's do). */
  arrivePulled(...shots: ShotInfo[]): void {
    this.announce(shots, false);
  }

  private announce(shots: ShotInfo[], pushed: boolean): void {
    for (const shot of shots) {
      const s = { ...shot, sessionId: this.activeId };
      this.shots = [...this.shots, s];
      this.emit({ event: 'shotAdded', data: s });
      if (pushed && s.kind !== 'movie') {
        const jpegBase64 = btoa(String.fromCharCode(...TINY_JPEG));
        this.emit({ event: 'shotThumbnail', data: { shotId: s.id, sessionId: s.sessionId, jpegBase64 } });
      }
    }
  }

  shotsOf(sessionId?: string): ShotInfo[] {
    if (sessionId === undefined || sessionId === this.activeId) return this.shots;
    if (!this.sessions.some((s) => s.id === sessionId))
      throw new TetherError(ErrorCode.NotFound, `No session ${sessionId}`);
    return [];
  }

  shot(shotId: string): ShotInfo {
    const shot = this.shots.find((s) => s.id === shotId);
    if (!shot) throw new TetherError(ErrorCode.NotFound, `No shot ${shotId}`);
    return shot;
  }

  /** Moves the root; the active session re-opens by name under it (old files stay where they are). */
  async setRoot(path: string): Promise<SessionInfo> {
    this.root = path;
    const moved = {
      ...this.active(),
      id: `s${this.sessions.length + 1}`,
      folder: `${path}/${this.active().name}`,
    };
    this.sessions.push(moved);
    return this.activate(moved, []);
  }

  private activate(session: SessionInfo, shots: ShotInfo[]): SessionInfo {
    this.activeId = session.id;
    this.shots = shots;
    const { id, name, folder } = session;
    this.emit({ event: 'sessionChanged', data: { id, name, folder } });
    return this.active();
  }

  private replace(session: SessionInfo): void {
    this.sessions = this.sessions.map((s) => (s.id === session.id ? session : s));
  }

  private withShots(s: SessionInfo): SessionInfo {
    return s.id === this.activeId ? { ...s, shotCount: this.shots.length } : { ...s };
  }
}
