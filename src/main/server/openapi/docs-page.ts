import type { ApiRoute } from '../../../shared/api/route-types';

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A self-contained HTML page listing every operation by tag (no scripts, no CDN). */
export function renderDocsPage(routes: readonly ApiRoute[], version: string): string {
  const tags = [...new Set(routes.map((r) => r.tag))];
  const sections = tags
    .map((tag) => {
      const rows = routes
        .filter((r) => r.tag === tag)
        .map((r) => {
          const statuses = Object.keys(r.responses).join(' ');
          const body = r.body ? (r.bodyRequired ? 'JSON body' : 'optional JSON body') : '';
          return `<tr><td class="m ${r.method.toLowerCase()}">${r.method}</td><td><code>${esc(r.path)}</code><div class="s">${esc(r.summary)}</div></td><td>${esc(r.operationId)}</td><td>${body}</td><td>${statuses}</td></tr>`;
        })
        .join('\n');
      return `<h2 id="${esc(tag)}">${esc(tag)}</h2>\n<table><thead><tr><th>Method</th><th>Path</th><th>Operation</th><th>Body</th><th>Statuses</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tether Studio API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
code{font:13px ui-monospace,monospace}.s{color:#555;font-size:13px}.m{font-weight:600;font-family:ui-monospace,monospace}
.get{color:#0a7c2f}.post{color:#a35a00}.put{color:#0054a6}.delete{color:#b3001b}nav a{margin-right:.8rem}
</style></head><body>
<h1>Tether Studio API <small>${esc(version)}</small></h1>
<p>Alpha Camera REST API v3 compatible, plus Tether Studio extensions. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>.
Errors are JSON <code>{"success":false,"message":"…","code":"…"}</code>. Events: <code>GET /api/events</code> (SSE; <code>Last-Event-ID</code> resume, <code>?events=a,b</code>) or <code>GET /api/events/poll?after=ID</code>.</p>
<nav>${tags.map((t) => `<a href="#${esc(t)}">${esc(t)}</a>`).join('')}</nav>
${sections}
<p>${routes.length} operations.</p>
</body></html>
`;
}
