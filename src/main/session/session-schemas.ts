import { z } from 'zod';
import { shotInfoSchema } from '../../shared/studio-types';

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
