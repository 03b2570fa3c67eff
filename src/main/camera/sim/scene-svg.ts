/**
 * The simulated studio set as SVG: brick wall, backdrop, wooden floor, a colour chart, a Siemens star,
 * a text card, a vase and a plant. Fine detail (star spokes, small print, fabric weave) makes focus
 * visible and gives JPEGs a realistic size. Deterministic: the same call always yields the same SVG.
 */

/** Scene coordinate space (3:2). Rasterise at whole multiples: librsvg is many times slower at fractional scales of the patterns. */
export const SCENE_WIDTH = 1500;
/** Scene coordinate space height. */
export const SCENE_HEIGHT = 1000;

const CHART = [
  '#735244',
  '#c29682',
  '#627a9d',
  '#576c43',
  '#8580b1',
  '#67bdaa',
  '#d67e2c',
  '#505ba6',
  '#c15a63',
  '#5e3c6c',
  '#9dbc40',
  '#e0a32e',
  '#383d96',
  '#469449',
  '#af363c',
  '#e7c71f',
  '#bb5695',
  '#0885a1',
  '#f3f3f2',
  '#c8c8c8',
  '#a0a0a0',
  '#7a7a7a',
  '#555555',
  '#343434',
];

function colourChart(): string {
  return CHART.map(
    (c, i) =>
      `<rect x="${(i % 6) * 62}" y="${Math.floor(i / 6) * 62}" width="56" height="56" rx="4" fill="${c}"/>`,
  ).join('');
}

function siemensStar(spokes: number, r: number): string {
  let out = '';
  for (let i = 0; i < spokes; i++) {
    const a0 = (i * 2 * Math.PI) / spokes;
    const a1 = ((i + 0.5) * 2 * Math.PI) / spokes;
    const p = (a: number) => `${(r * Math.cos(a)).toFixed(1)} ${(r * Math.sin(a)).toFixed(1)}`;
    out += `<path d="M0 0 L${p(a0)} A${r} ${r} 0 0 1 ${p(a1)} Z" fill="#111"/>`;
  }
  return out;
}

function plant(seed: number): string {
  let s = seed;
  const rnd = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  let out = '';
  for (let i = 0; i < 140; i++) {
    const x = (rnd() * 260 - 130).toFixed(1);
    const y = (-rnd() * 330).toFixed(1);
    const rot = (rnd() * 180).toFixed(0);
    const g = 80 + Math.floor(rnd() * 100);
    const fill = `rgb(${30 + Math.floor(g / 4)},${g},${40 + Math.floor(g / 5)})`;
    out += `<ellipse cx="${x}" cy="${y}" rx="${(14 + rnd() * 14).toFixed(1)}" ry="${(5 + rnd() * 5).toFixed(1)}" transform="rotate(${rot} ${x} ${y})" fill="${fill}" stroke="#1b3a1b" stroke-width="1"/>`;
  }
  return out;
}

function textCard(): string {
  let out = '';
  for (let i = 0; i < 9; i++) {
    out += `<text x="0" y="${i * 22}" font-family="DejaVu Sans, sans-serif" font-size="${(18 - i * 1.4).toFixed(1)}" fill="#222">The quick brown fox jumps over the lazy dog 0123456789</text>`;
  }
  return out;
}

/** The studio set, `SCENE_WIDTH`×`SCENE_HEIGHT` user units, rendered at `width`×`height` pixels. */
export function sceneSvg(width: number, height: number): string {
  const W = SCENE_WIDTH;
  const H = SCENE_HEIGHT;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a5a6e"/><stop offset="1" stop-color="#8a96a4"/></linearGradient>
<radialGradient id="spot" cx="0.45" cy="0.4" r="0.6"><stop offset="0" stop-color="#fff" stop-opacity="0.35"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
<pattern id="wood" width="40" height="12" patternUnits="userSpaceOnUse"><rect width="40" height="12" fill="#8b5a2b"/><path d="M0 3 Q10 1 20 4 T40 3 M0 8 Q12 10 22 7 T40 9" stroke="#6b4020" stroke-width="1.5" fill="none"/></pattern>
<pattern id="brick" width="60" height="30" patternUnits="userSpaceOnUse"><rect width="60" height="30" fill="#9a4a3a"/><path d="M0 0H60M0 15H60M0 30H60M30 0V15M0 15V30M60 15V30" stroke="#ddd2c0" stroke-width="3"/></pattern>
<pattern id="fabric" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#2e3f63"/><path d="M0 0L8 8M8 0L0 8" stroke="#4c6194" stroke-width="1.2"/></pattern>
</defs>
<rect width="${W}" height="${H}" fill="url(#bg)"/>
<rect x="0" y="0" width="360" height="${H}" fill="url(#brick)"/>
<rect x="0" y="760" width="${W}" height="260" fill="url(#wood)"/>
<rect width="${W}" height="${H}" fill="url(#spot)"/>
<g transform="translate(430 250)"><rect x="-20" y="-20" width="400" height="270" fill="#1a1a1a"/>${colourChart()}</g>
<g transform="translate(1130 380)"><circle r="160" fill="#f4f4f0"/>${siemensStar(36, 150)}<circle r="6" fill="#c00"/></g>
<g transform="translate(450 580)"><rect x="-12" y="-30" width="620" height="215" fill="#f7f3ea"/>${textCard()}</g>
<g transform="translate(1330 800)"><path d="M-60 0 L60 0 L45 140 L-45 140 Z" fill="#b5651d" transform="translate(0 -20)"/>${plant(7)}</g>
<g transform="translate(220 650)"><ellipse cx="0" cy="150" rx="120" ry="25" fill="#000" opacity="0.3"/><path d="M-70 150 C-90 40 -40 -20 -25 -80 L25 -80 C40 -20 90 40 70 150 Z" fill="url(#fabric)" stroke="#111" stroke-width="2"/></g>
</svg>`;
}

/** Escapes text for inclusion in SVG. */
export function svgText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
