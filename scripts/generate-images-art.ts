// Composes one product illustration: soft background, floor shadow, the object in the
// variant colour, and a small brand line. Pure string work (no I/O), deterministic.
import { colourHex, mix, palette } from "./generate-images-palette.ts";
import * as apparel from "./generate-images-art-apparel.ts";
import * as tech from "./generate-images-art-tech.ts";
import * as home from "./generate-images-art-home.ts";
import * as beauty from "./generate-images-art-beauty.ts";
import type { TArt } from "./generate-images-art-apparel.ts";
import type { TPalette } from "./generate-images-palette.ts";

export const ART = {
  tshirt: apparel.tshirt,
  polo: apparel.polo,
  shirt: apparel.shirt,
  hoodie: apparel.hoodie,
  jacket: apparel.jacket,
  dress: apparel.dress,
  trousers: (p: TPalette) => apparel.trousers(p),
  jeans: apparel.jeans,
  sneaker: apparel.sneaker,
  heel: apparel.heel,
  oxford: apparel.oxford,
  cap: apparel.cap,
  onesie: apparel.onesie,
  ...tech.TECH_ART,
  ...home.HOME_ART,
  ...beauty.BEAUTY_ART,
} satisfies Record<string, (p: TPalette) => TArt>;

export type TArtKind = keyof typeof ART;
export const IMAGE_SIZE = 800;

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** SVG for one product image: `colour` is a colour name (see palette) or a #hex. */
export function renderProductSvg(args: { kind: TArtKind; colour: string; brand?: string | null }): string {
  const hex = args.colour.startsWith("#") ? args.colour : colourHex(args.colour);
  const p = palette(hex);
  const art = ART[args.kind](p);
  const brand = args.brand ? escapeXml(args.brand.toUpperCase()) : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_SIZE}" height="${IMAGE_SIZE}" viewBox="0 0 800 800">
<defs>
<radialGradient id="bg" cx="50%" cy="40%" r="78%"><stop offset="0" stop-color="${mix(p.bg, "#ffffff", 0.35)}"/><stop offset="1" stop-color="${p.bgEdge}"/></radialGradient>
<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${mix(p.base, p.light, 0.55)}"/><stop offset="0.55" stop-color="${p.base}"/><stop offset="1" stop-color="${p.shade}"/></linearGradient>
<radialGradient id="shadow"><stop offset="0" stop-color="#000" stop-opacity="0.16"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>
</defs>
<rect width="800" height="800" fill="url(#bg)"/>
<ellipse cx="400" cy="${art.shadow.y}" rx="${art.shadow.rx}" ry="26" fill="url(#shadow)"/>
${art.svg}
${brand ? `<text x="400" y="748" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="19" font-weight="bold" letter-spacing="6" fill="${p.isLight ? "#5b554d" : p.deep}" opacity="0.5">${brand}</text>` : ""}
</svg>`;
}
