import type { SessionInfo, ShotInfo } from '../../shared/studio-types';

/** Sessions, naming template and the shot index (implemented by `SessionService`). */
export interface SessionServiceApi {
  /** Every known session. */
  list(): SessionInfo[];
  /** The session new shots go to. */
  active(): SessionInfo;
  /** Creates a session folder under the root and makes it active; new ones start with `template` or the default. */
  create(name: string, template?: string): Promise<SessionInfo>;
  /** Makes another session active; NOT_FOUND for unknown ids. */
  switchTo(sessionId: string): Promise<SessionInfo>;
  /** Sets the active session's template (validated); resolves with the updated session. */
  setTemplate(template: string): Promise<SessionInfo>;
  /** The name the next shot would get with `template` (sample camera name `DSC00001.JPG`). */
  previewName(template: string): string;
  /** Shots of a session (default: active), oldest first; NOT_FOUND for an unknown session. */
  shots(sessionId?: string): Promise<ShotInfo[]>;
  /** One shot by id across sessions; NOT_FOUND when no session has it. */
  shot(shotId: string): Promise<ShotInfo>;
  /**
   * A shot and the real path of its file, confined to its session folder (symbolic links resolved):
   * FORBIDDEN when the record or a link leads outside, NOT_FOUND when the file is gone.
   */
  shotFile(shotId: string): Promise<{ shot: ShotInfo; path: string }>;
  /** Where new session folders are created (absolute). */
  readonly root: string;
  /**
   * Moves the session root: absolute, created when missing, writable (INVALID_ARGUMENT / IO_ERROR);
   * persisted in the settings; re-opens the active session by name under it. Emits `sessionChanged`.
   */
  setRoot(path: string): Promise<SessionInfo>;
}
