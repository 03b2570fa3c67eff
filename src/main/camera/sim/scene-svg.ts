/**
 * The simulated studio set as SVG pieces at five distances: a backdrop and brick wall at the back, a
 * Siemens star, a colour chart and a text card (the subject), a plant, and a vase close to the lens, on a
 * wooden floor that runs from the backdrop towards the camera. Fine detail (star spokes, small print,
 * fabric weave) makes focus visible and gives JPEGs a realistic size. Deterministic.
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

/** A box in scene units. */
export interface SceneBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * One part of the set at one distance from the camera. The compositor blurs each piece by its own focus
 * error and lays them far to near, so moving the focus plane moves what is sharp across the frame.
 */
export interface ScenePiece {
  readonly id: string;
  /** Index into {@link DEPTH_PLANES_M}. */
  readonly plane: number;
  /** Where the piece lies (scene units), including room for its blur to spread. */
  readonly box: SceneBox;
  /** SVG content in scene coordinates (defs come from the scene). */
  readonly body: string;
}

/**
 * Distances of the set's planes from the sensor, far to near (metres): backdrop, Siemens star, the
 * subject (colour chart and text card, where AF lands by default), the plant, the vase.
 */
export const DEPTH_PLANES_M: readonly number[] = [4.5, 3.2, 2.2, 1.5, 1.0];
/** The plane AF focuses on when it has no better target (Wide/Zone): the subject. */
export const SUBJECT_PLANE = 2;

const DEFS = `<defs>
<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4a5a6e"/><stop offset="1" stop-color="#8a96a4"/></linearGradient>
<radialGradient id="spot" cx="0.45" cy="0.4" r="0.6"><stop offset="0" stop-color="#fff" stop-opacity="0.35"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
<pattern id="wood" width="40" height="12" patternUnits="userSpaceOnUse"><rect width="40" height="12" fill="#8b5a2b"/><path d="M0 3 Q10 1 20 4 T40 3 M0 8 Q12 10 22 7 T40 9" stroke="#6b4020" stroke-width="1.5" fill="none"/></pattern>
<pattern id="brick" width="60" height="30" patternUnits="userSpaceOnUse"><rect width="60" height="30" fill="#9a4a3a"/><path d="M0 0H60M0 15H60M0 30H60M30 0V15M0 15V30M60 15V30" stroke="#ddd2c0" stroke-width="3"/></pattern>
<pattern id="fabric" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#2e3f63"/><path d="M0 0L8 8M8 0L0 8" stroke="#4c6194" stroke-width="1.2"/></pattern>
</defs>`;

/** Blur room around a piece (scene units): three sigmas of the widest live-view blur. */
const PAD = 48;
const padded = (x0: number, y0: number, x1: number, y1: number): SceneBox => {
  const x = Math.max(0, x0 - PAD);
  const y = Math.max(0, y0 - PAD);
  return { x, y, w: Math.min(SCENE_WIDTH, x1 + PAD) - x, h: Math.min(SCENE_HEIGHT, y1 + PAD) - y };
};
const floorBand = (y0: number, y1: number) =>
  `<rect x="0" y="${y0}" width="${SCENE_WIDTH}" height="${y1 - y0}" fill="url(#wood)"/>`;

/** The studio set as pieces, far to near: the backdrop first (opaque, the whole frame). */
export function scenePieces(): ScenePiece[] {
  const W = SCENE_WIDTH;
  const H = SCENE_HEIGHT;
  return [
    {
      id: 'backdrop',
      plane: 0,
      box: { x: 0, y: 0, w: W, h: H },
      // A background light on the backdrop and brick wall; the floor here shows only at blurred band edges.
      body: `<rect width="${W}" height="${H}" fill="url(#bg)"/><rect x="0" y="0" width="360" height="${H}" fill="url(#brick)"/>${floorBand(760, H)}<rect width="${W}" height="${H}" fill="url(#spot)"/>`,
    },
    { id: 'floor-far', plane: 1, box: padded(0, 760, W, 840), body: floorBand(760, 840) },
    {
      id: 'star',
      plane: 1,
      box: padded(970, 220, 1290, 540),
      body: `<g transform="translate(1130 380)"><circle r="160" fill="#f4f4f0"/>${siemensStar(36, 150)}<circle r="6" fill="#c00"/></g>`,
    },
    { id: 'floor-mid', plane: 2, box: padded(0, 840, W, 920), body: floorBand(840, 920) },
    {
      id: 'chart',
      plane: 2,
      box: padded(410, 230, 810, 500),
      body: `<g transform="translate(430 250)"><rect x="-20" y="-20" width="400" height="270" fill="#1a1a1a"/>${colourChart()}</g>`,
    },
    {
      id: 'text-card',
      plane: 2,
      box: padded(438, 520, 1058, 735),
      body: `<g transform="translate(450 550)"><rect x="-12" y="-30" width="620" height="215" fill="#f7f3ea"/>${textCard()}</g>`,
    },
    { id: 'floor-near', plane: 3, box: padded(0, 920, W, H), body: floorBand(920, H) },
    {
      id: 'plant',
      plane: 3,
      box: padded(1170, 470, 1490, 985),
      body: `<g transform="translate(1330 845)"><path d="M-60 0 L60 0 L45 140 L-45 140 Z" fill="#b5651d" transform="translate(0 -20)"/>${plant(7)}</g>`,
    },
    {
      id: 'vase',
      plane: 4,
      box: padded(50, 630, 400, 1000),
      body: `<g transform="translate(225 755) scale(1.4)"><ellipse cx="0" cy="150" rx="120" ry="25" fill="#000" opacity="0.3"/><path d="M-70 150 C-90 40 -40 -20 -25 -80 L25 -80 C40 -20 90 40 70 150 Z" fill="url(#fabric)" stroke="#111" stroke-width="2"/></g>`,
    },
  ];
}

/** One piece as an SVG of its box, `scale` pixels per scene unit (a whole number: see SCENE_WIDTH). */
export function pieceSvg(piece: ScenePiece, scale: number): string {
  const { x, y, w, h } = piece.box;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w * scale}" height="${h * scale}" viewBox="${x} ${y} ${w} ${h}" preserveAspectRatio="none">${DEFS}${piece.body}</svg>`;
}

/** Escapes text for inclusion in SVG. */
export function svgText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
