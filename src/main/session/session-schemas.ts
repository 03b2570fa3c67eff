import { z } from 'zod';
import { ErrorCode, TetherError } from '../../shared/errors';
import { sessionNameSchema, shotInfoSchema } from '../../shared/studio-types';
import { isReservedWindowsName } from '../core/sanitize-name';

/**
 * What the index remembers of a session so the studio can list it without reading its metadata: valid
 * while the session's files still carry `stamp` (see `SessionJournal.stamp`).
 */
export const sessionSummarySchema = z.object({
  template: z.string().min(1),
  nextSeq: z.number().int().min(1),
  shotCount: z.number().int().min(0),
  stamp: z.string(),
});
/** A session's summary in the index. */
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** One entry of `dataDir/sessions.json`. */
export const sessionEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  folder: z.string().min(1),
  createdAt: z.string(),
  summary: sessionSummarySchema.optional(),
});
/** One entry of the sessions index. */
export type SessionEntry = z.infer<typeof sessionEntrySchema>;

/** `dataDir/sessions.json`: every session the studio knows. */
export const sessionsIndexSchema = z.object({
  version: z.literal(1),
  sessions: z.array(sessionEntrySchema),
});

/**
 * `<session folder>/.tether-session.json`: the session's template, counter and shot index as of its last
 * compaction; what happened since is in the journal files numbered from `journal` on (absent: 0).
 */
export const sessionMetaSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  createdAt: z.string(),
  template: z.string().min(1),
  nextSeq: z.number().int().min(1),
  shots: z.array(shotInfoSchema),
  journal: z.number().int().min(0).optional(),
});
/** A session's metadata file. */
export type SessionMeta = z.infer<typeof sessionMetaSchema>;

/** Name of the metadata file inside a session folder. */
export const SESSION_META_FILE = '.tether-session.json';

/** Journal file `n` of a session folder: one JSON record per line, appended since the last compaction. */
export const sessionJournalFile = (n: number) => `.tether-session.journal.${n}`;

/** One line of a session journal: a committed shot, a counter move and/or a template change. */
export const journalRecordSchema = z
  .object({
    shot: shotInfoSchema.optional(),
    nextSeq: z.number().int().min(1).optional(),
    template: z.string().min(1).optional(),
  })
  .strict();
/** One journal record. */
export type JournalRecord = z.infer<typeof journalRecordSchema>;
/** A session name as a folder name on every OS, trimmed; INVALID_ARGUMENT otherwise. */
export function checkSessionName(name: string): string {
  const parsed = sessionNameSchema.safeParse(name);
  if (!parsed.success || isReservedWindowsName(parsed.data) || /[.\s]$/.test(parsed.data)) {
    throw new TetherError(
      ErrorCode.InvalidArgument,
      `Invalid session name '${name}': use up to 80 printable characters without / \\ : * ? " < > | and not ending in a dot`,
    );
  }
  return parsed.data;
}
