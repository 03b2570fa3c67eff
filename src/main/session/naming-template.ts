import { ErrorCode, TetherError } from '../../shared/errors';
import { namingTemplateSchema } from '../../shared/studio-types';
import { MAX_NAME_BYTES, sanitizeFileName, sanitizeFragment, splitExt } from '../core/sanitize-name';
import { fitName, type NamePiece } from './name-fit';

/** Tokens a naming template may use. */
export const TEMPLATE_TOKENS = ['session', 'seq', 'date', 'time', 'camera', 'original', 'ext'] as const;
type TokenName = (typeof TEMPLATE_TOKENS)[number];

/** One piece of a parsed template. */
export type TemplatePart = { kind: 'text'; text: string } | { kind: 'token'; name: TokenName; arg?: string };

/** What a rendered name is made from. */
export interface NameContext {
  /** Session name. */
  session: string;
  /** Sequence number. */
  seq: number;
  /** Capture (or import) time, rendered in local time. */
  date: Date;
  /** Camera model. */
  camera: string;
  /** Camera-provided original file name (untrusted; sanitised here). */
  original: string;
}

const DATE_ARG = /^(YYYY|YY|MM|DD|HH|mm|ss|[-_. ])+$/;

function bad(message: string): TetherError {
  return new TetherError(ErrorCode.InvalidArgument, message);
}

function checkArg(name: TokenName, arg: string | undefined): void {
  if (arg === undefined) return;
  if (name === 'seq' && /^[1-9]$/.test(arg)) return;
  if ((name === 'date' || name === 'time') && DATE_ARG.test(arg)) return;
  if (name === 'ext' && (arg === 'lower' || arg === 'upper')) return;
  throw bad(`Invalid format '${arg}' for {${name}} in naming template`);
}

/** Parses and validates a template; throws INVALID_ARGUMENT naming the first problem. */
export function parseTemplate(template: string): TemplatePart[] {
  const checked = namingTemplateSchema.safeParse(template);
  if (!checked.success)
    throw bad(`Invalid naming template: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  const parts: TemplatePart[] = [];
  const re = /\{([^{}]*)\}|([^{}]+)|([{}])/g;
  for (const m of checked.data.matchAll(re)) {
    if (m[3]) throw bad(`Unbalanced '${m[3]}' in naming template`);
    if (m[2] !== undefined) {
      parts.push({ kind: 'text', text: m[2] });
      continue;
    }
    const [rawName, arg] = m[1].split(':', 2) as [string, string | undefined];
    const name = rawName.trim().toLowerCase() as TokenName;
    if (!TEMPLATE_TOKENS.includes(name)) {
      throw bad(
        `Unknown token {${m[1]}} in naming template (known: ${TEMPLATE_TOKENS.map((t) => `{${t}}`).join(' ')})`,
      );
    }
    checkArg(name, arg);
    parts.push(arg === undefined ? { kind: 'token', name } : { kind: 'token', name, arg });
  }
  return parts;
}

/** True when the template numbers its files (so a clash can take the next number). */
export function usesSeq(parts: TemplatePart[]): boolean {
  return parts.some((p) => p.kind === 'token' && p.name === 'seq');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a date with YYYY YY MM DD HH mm ss, in local time. */
export function formatDate(date: Date, format: string): string {
  return format.replace(/YYYY|YY|MM|DD|HH|mm|ss/g, (t) => {
    switch (t) {
      case 'YYYY':
        return pad(date.getFullYear(), 4);
      case 'YY':
        return pad(date.getFullYear() % 100, 2);
      case 'MM':
        return pad(date.getMonth() + 1, 2);
      case 'DD':
        return pad(date.getDate(), 2);
      case 'HH':
        return pad(date.getHours(), 2);
      case 'mm':
        return pad(date.getMinutes(), 2);
      default:
        return pad(date.getSeconds(), 2);
    }
  });
}

function renderToken(
  part: Extract<TemplatePart, { kind: 'token' }>,
  ctx: NameContext,
  original: { base: string; ext: string },
): string {
  switch (part.name) {
    case 'session':
      return sanitizeFragment(ctx.session, 'session');
    case 'seq':
      return pad(ctx.seq, Number(part.arg ?? 4));
    case 'date':
      return formatDate(ctx.date, part.arg ?? 'YYYYMMDD');
    case 'time':
      return formatDate(ctx.date, part.arg ?? 'HHmmss');
    case 'camera':
      return sanitizeFragment(ctx.camera, 'camera');
    case 'original':
      return sanitizeFragment(original.base, 'file');
    case 'ext':
      return part.arg === 'upper'
        ? original.ext.toUpperCase()
        : part.arg === 'lower'
          ? original.ext.toLowerCase()
          : original.ext;
  }
}

/** Tokens a name may lose bytes of only after the literal text (they tell files apart without `{seq}`). */
const DISTINCT: ReadonlySet<TokenName> = new Set(['original', 'date', 'time']);

/**
 * Renders a parsed template into one safe file name and says whether it had to be cut to fit
 * {@link MAX_NAME_BYTES}: literal text and `{session}`/`{camera}` are cut first, then `{original}`, `{date}`,
 * `{time}`; `{seq}` and the extension never are (see `fitName`). The original's extension is always kept: a
 * template without `{ext}` gets it appended.
 */
export function renderName(parts: TemplatePart[], ctx: NameContext): { name: string; cut: boolean } {
  const original = splitExt(sanitizeFileName(ctx.original));
  const pieces: NamePiece[] = parts.map((p) =>
    p.kind === 'text'
      ? { text: p.text, cut: 2, middle: true }
      : {
          text: renderToken(p, ctx, original),
          cut: p.name === 'seq' || p.name === 'ext' ? 0 : DISTINCT.has(p.name) ? 1 : 2,
        },
  );
  if (!parts.some((p) => p.kind === 'token' && p.name === 'ext')) pieces.push({ text: original.ext, cut: 0 });
  const fitted = fitName(pieces, MAX_NAME_BYTES);
  return { name: sanitizeFileName(fitted.name, `file${ctx.seq}`), cut: fitted.cut };
}

/** Renders a parsed template into one safe file name (see {@link renderName}). */
export function renderTemplate(parts: TemplatePart[], ctx: NameContext): string {
  return renderName(parts, ctx).name;
}

/** Adds a clash suffix before the extension (`name-2.jpg`), for templates without `{seq}`. */
export function withClashSuffix(name: string, n: number): string {
  const { base, ext } = splitExt(name);
  return `${base}-${n}${ext}`;
}
