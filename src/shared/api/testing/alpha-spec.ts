import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Alpha Camera REST API v3 contract, vendored as published in `../fixtures/` (the public OpenAPI
 * document). The server's surface and the property catalog are tested against it; test code only.
 */
export const ALPHA_SPEC_PATH = fileURLToPath(
  new URL('../fixtures/alpha-camera-rest-api-v3.openapi.yaml', import.meta.url),
);

const readSpec = () => readFileSync(ALPHA_SPEC_PATH, 'utf8');

/** One operation of the spec. */
export interface SpecOperation {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  operationId: string;
}

/**
 * The operations under `paths:`, read from the document's fixed two-space layout (path at 2 spaces, verb at
 * 4, `operationId` at 6). Throws when the layout is not what it expects, so a changed file cannot make the
 * surface test pass by reading nothing.
 */
export function alphaSpecOperations(text = readSpec()): SpecOperation[] {
  const lines = text.split('\n');
  const start = lines.indexOf('paths:');
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  if (start < 0 || end < 0) throw new Error('the spec has no top-level paths: section');
  const ops: SpecOperation[] = [];
  let path = '';
  let method: SpecOperation['method'] | '' = '';
  for (const line of lines.slice(start + 1, end)) {
    const p = /^ {2}(\/\S*):$/.exec(line);
    if (p) [path, method] = [p[1], ''];
    const m = /^ {4}(get|put|post|delete):$/.exec(line);
    if (m) method = m[1].toUpperCase() as SpecOperation['method'];
    const o = /^ {6}operationId: (\w+)$/.exec(line);
    if (o) {
      if (!path || !method) throw new Error(`operationId ${o[1]} outside a path/verb`);
      ops.push({ method, path, operationId: o[1] });
    }
  }
  const verbs = lines.slice(start + 1, end).filter((l) => /^ {4}(get|put|post|delete):$/.test(l)).length;
  if (ops.length === 0 || ops.length !== verbs)
    throw new Error(`read ${ops.length} operationIds for ${verbs} operations: the layout changed`);
  return ops;
}

/** The `PropertyName` enum of `components.schemas` (the names a client may use), in document order. */
export function alphaSpecPropertyNames(text = readSpec()): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf('    PropertyName:');
  const enumAt = lines.findIndex((l, i) => i > start && l === '      enum:');
  if (start < 0 || enumAt < 0) throw new Error('the spec has no PropertyName enum');
  const names: string[] = [];
  for (const line of lines.slice(enumAt + 1)) {
    if (/^ {8}#/.test(line) || line.trim() === '') continue; // group comments (`# Core`)
    const m = /^ {8}- ([a-z0-9-]+)$/.exec(line);
    if (!m) break;
    names.push(m[1]);
  }
  if (names.length === 0) throw new Error('the PropertyName enum is empty: the layout changed');
  return names;
}

/** The SSE event names of the document's "Event Types" table (`/api/events`), in document order. */
export function alphaSpecEventNames(text = readSpec()): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === '## Event Types');
  if (start < 0) throw new Error('the spec has no "## Event Types" table');
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*\| `([A-Za-z]+)` \|/.exec(line);
    if (m) names.push(m[1]);
    else if (names.length > 0 && !line.trim().startsWith('|')) break;
  }
  if (names.length === 0) throw new Error('the event table is empty: the layout changed');
  return names;
}
