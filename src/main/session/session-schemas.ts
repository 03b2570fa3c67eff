import { z } from 'zod';
import { ErrorCode, TetherError } from '../../shared/errors';
import { sessionNameSchema, shotInfoSchema } from '../../shared/studio-types';
import { isReservedWindowsName } from '../core/sanitize-name';

/** One entry of `dataDir/sessions.json`. */
export const sessionEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  folder: z.string().min(1),
  createdAt: z.string(),
});
/** One entry of the sessions index. */
export type SessionEntry = z.infer<typeof sessionEntrySchema>;

/** `dataDir/sessions.json`: every session the studio knows. */
export const sessionsIndexSchema = z.object({
  version: z.literal(1),
  sessions: z.array(sessionEntrySchema),
});

/** `<session folder>/.tether-session.json`: the session's template, counter and shot index. */
export const sessionMetaSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  createdAt: z.string(),
  template: z.string().min(1),
  nextSeq: z.number().int().min(1),
  shots: z.array(shotInfoSchema),
});
/** A session's metadata file. */
export type SessionMeta = z.infer<typeof sessionMetaSchema>;

/** Name of the metadata file inside a session folder. */
export const SESSION_META_FILE = '.tether-session.json';

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
