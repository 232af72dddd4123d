// Flat illustrations for phones, accessories and electronics (800×800, see the apparel file).
import type { TArt } from "./generate-images-art-apparel.ts";
import type { TPalette } from "./generate-images-palette.ts";

const G = "url(#g)";
const stroke = (c: string, w: number, extra = "") =>
  `fill="none" stroke="${c}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" ${extra}`;

function screen(x: number, y: number, w: number, h: number, r: number, p: TPalette): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="#14161b"/>
<rect x="${x + 12}" y="${y + 12}" width="${w - 24}" height="${h - 24}" rx="${Math.max(r - 10, 6)}" fill="url(#wall)"/>
<defs><linearGradient id="wall" x1="0" y1="0" x2="0.6" y2="1"><stop offset="0" stop-color="${p.light}"/><stop offset="0.5" stop-color="${p.base}"/><stop offset="1" stop-color="#1e2230"/></linearGradient></defs>`;
}

function phone(p: TPalette): TArt {
  return {
    shadow: { y: 664, rx: 200 },
    svg: `<rect x="350" y="136" width="244" height="500" rx="44" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="456" y="156" width="118" height="118" rx="30" fill="${p.shade}" stroke="${p.line}" stroke-width="2"/>
${[
  [488, 188],
  [542, 188],
  [488, 242],
]
  .map(
    ([cx, cy]) =>
      `<circle cx="${cx}" cy="${cy}" r="22" fill="#1a1c20" stroke="${p.light}" stroke-width="4"/><circle cx="${cx}" cy="${cy}" r="8" fill="#3a4150"/>`,
  )
  .join("")}
<circle cx="542" cy="242" r="8" fill="#f4e7c2"/>
<rect x="218" y="176" width="244" height="500" rx="44" fill="${p.base}" stroke="${p.line}" stroke-width="3"/>
${screen(226, 184, 228, 484, 38, p)}
<rect x="304" y="204" width="72" height="20" rx="10" fill="#0b0c0f"/>`,
  };
}

function phoneCase(p: TPalette): TArt {
  return {
    shadow: { y: 668, rx: 170 },
    svg: `<rect x="270" y="126" width="270" height="536" rx="56" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="286" y="142" width="238" height="504" rx="46" fill="none" stroke="${p.light}" stroke-width="4" opacity="0.5"/>
<rect x="296" y="156" width="136" height="136" rx="34" fill="#1a1c20"/>
${[
  [334, 194],
  [394, 194],
  [334, 254],
]
  .map(([cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="23" fill="#2a2e36" stroke="#555b66" stroke-width="3"/>`)
  .join("")}
<circle cx="405" cy="470" r="54" fill="none" stroke="${p.shade}" stroke-width="10" opacity="0.8"/>
<rect x="536" y="250" width="10" height="70" rx="5" fill="${p.shade}"/>`,
  };
}

function charger(p: TPalette): TArt {
  return {
    shadow: { y: 640, rx: 230 },
    svg: `<path d="M380 470 C380 600 540 640 610 560 C660 500 640 420 600 400" ${stroke(p.shade, 16)}/>
<rect x="584" y="360" width="34" height="62" rx="8" fill="${p.base}" stroke="${p.line}" stroke-width="3"/>
<rect x="592" y="336" width="18" height="28" rx="3" fill="#b9bec6"/>
<rect x="296" y="142" width="24" height="70" rx="4" fill="#b9bec6"/><rect x="416" y="142" width="24" height="70" rx="4" fill="#b9bec6"/>
<rect x="356" y="118" width="24" height="92" rx="4" fill="#b9bec6"/>
<rect x="250" y="200" width="236" height="276" rx="40" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="342" y="440" width="52" height="18" rx="9" fill="${p.deep}"/>
<rect x="352" y="470" width="32" height="40" rx="6" fill="${p.shade}"/>
<circle cx="368" cy="300" r="26" fill="none" stroke="${p.shade}" stroke-width="6" opacity="0.6"/>`,
  };
}

function powerbank(p: TPalette): TArt {
  return {
    shadow: { y: 640, rx: 200 },
    svg: `<rect x="240" y="190" width="320" height="440" rx="48" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="360" y="212" width="80" height="16" rx="8" fill="${p.deep}"/>
${[0, 1, 2, 3].map((i) => `<circle cx="${355 + i * 30}" cy="580" r="7" fill="${i < 3 ? "#7be0a5" : p.shade}"/>`).join("")}
<path d="M410 350 L370 430 L402 430 L388 500 L440 404 L406 404 L424 350 Z" fill="${p.light}" opacity="0.8"/>`,
  };
}

function headphones(p: TPalette): TArt {
  return {
    shadow: { y: 640, rx: 230 },
    svg: `<path d="M236 440 C226 190 574 190 564 440" ${stroke(p.shade, 44)}/>
<path d="M236 440 C226 190 574 190 564 440" ${stroke(p.base, 30)}/>
<path d="M270 300 C320 220 480 220 530 300" ${stroke(p.deep, 14, 'opacity="0.55"')}/>
<rect x="178" y="390" width="120" height="210" rx="56" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="502" y="390" width="120" height="210" rx="56" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="270" y="410" width="44" height="170" rx="22" fill="${p.deep}"/>
<rect x="486" y="410" width="44" height="170" rx="22" fill="${p.deep}"/>
<ellipse cx="226" cy="470" rx="22" ry="40" fill="${p.light}" opacity="0.35"/>`,
  };
}

function earbuds(p: TPalette): TArt {
  const bud = (x: number, flip: number) => `<g transform="translate(${x} 300) scale(${flip} 1)">
<rect x="-14" y="40" width="30" height="130" rx="15" fill="${p.base}" stroke="${p.line}" stroke-width="3"/>
<circle cx="0" cy="30" r="46" fill="${G}" stroke="${p.line}" stroke-width="3"/><circle cx="-18" cy="22" r="16" fill="${p.deep}" opacity="0.7"/></g>`;
  return {
    shadow: { y: 640, rx: 230 },
    svg: `<rect x="200" y="380" width="300" height="240" rx="110" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<path d="M204 452 L496 452" ${stroke(p.shade, 4)}/>
<circle cx="350" cy="520" r="7" fill="#7be0a5"/>
${bud(560, 1)}${bud(660, -1)}`,
  };
}

function speaker(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 180 },
    svg: `<defs><pattern id="grille" width="16" height="16" patternUnits="userSpaceOnUse"><circle cx="8" cy="8" r="3.2" fill="${p.deep}" opacity="0.55"/></pattern></defs>
<rect x="276" y="160" width="248" height="480" rx="90" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="290" y="240" width="220" height="330" rx="30" fill="url(#grille)"/>
<rect x="300" y="176" width="200" height="44" rx="22" fill="${p.shade}"/>
${[350, 400, 450].map((x) => `<circle cx="${x}" cy="198" r="10" fill="${p.light}"/>`).join("")}
<path d="M380 600 L420 600" ${stroke(p.light, 8)}/>`,
  };
}

function smartwatch(p: TPalette): TArt {
  return {
    shadow: { y: 660, rx: 150 },
    svg: `<rect x="338" y="110" width="124" height="200" rx="34" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="338" y="490" width="124" height="170" rx="34" fill="${G}" stroke="${p.line}" stroke-width="3"/>
${[540, 580, 620].map((y) => `<circle cx="400" cy="${y}" r="7" fill="${p.deep}" opacity="0.6"/>`).join("")}
<rect x="290" y="250" width="220" height="270" rx="64" fill="#2d3036" stroke="#555a63" stroke-width="4"/>
<rect x="508" y="330" width="18" height="54" rx="8" fill="#555a63"/>
<rect x="308" y="268" width="184" height="234" rx="50" fill="#0b0c10"/>
<circle cx="400" cy="385" r="62" ${stroke("#ff5a7a", 12)} stroke-dasharray="300 400" transform="rotate(-90 400 385)"/>
<circle cx="400" cy="385" r="44" ${stroke("#9be15d", 12)} stroke-dasharray="200 400" transform="rotate(-90 400 385)"/>
<circle cx="400" cy="385" r="26" ${stroke("#3fd3f2", 12)} stroke-dasharray="110 400" transform="rotate(-90 400 385)"/>`,
  };
}

function watch(p: TPalette): TArt {
  return {
    shadow: { y: 660, rx: 150 },
    svg: `<rect x="346" y="100" width="108" height="210" rx="20" fill="#5b3a28"/><rect x="346" y="490" width="108" height="180" rx="20" fill="#5b3a28"/>
${[560, 600, 640].map((y) => `<circle cx="400" cy="${y}" r="6" fill="#2e1d13"/>`).join("")}
<circle cx="400" cy="400" r="150" fill="#c9cdd2" stroke="#8e949c" stroke-width="4"/>
<circle cx="400" cy="400" r="130" fill="${G}"/>
${Array.from({ length: 12 }, (_, i) => `<rect x="397" y="284" width="6" height="${i % 3 === 0 ? 26 : 14}" fill="${p.isLight ? "#333" : "#f2efe8"}" transform="rotate(${i * 30} 400 400)"/>`).join("")}
<path d="M400 400 L400 310" ${stroke(p.isLight ? "#222" : "#f6f2ea", 8)}/>
<path d="M400 400 L462 436" ${stroke(p.isLight ? "#222" : "#f6f2ea", 10)}/>
<circle cx="400" cy="400" r="10" fill="#c9a24a"/>
<rect x="548" y="386" width="22" height="30" rx="5" fill="#8e949c"/>`,
  };
}

function laptop(p: TPalette): TArt {
  return {
    shadow: { y: 612, rx: 300 },
    svg: `<rect x="178" y="170" width="444" height="300" rx="20" fill="${p.base}" stroke="${p.line}" stroke-width="3"/>
${screen(190, 182, 420, 276, 12, p)}
<path d="M130 492 L670 492 L650 560 C648 572 636 580 622 580 L178 580 C164 580 152 572 150 560 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<rect x="160" y="470" width="480" height="24" rx="6" fill="${p.shade}"/>
<rect x="350" y="492" width="100" height="10" rx="5" fill="${p.deep}" opacity="0.5"/>`,
  };
}

function tablet(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 240 },
    svg: `<rect x="190" y="150" width="420" height="500" rx="38" fill="${p.base}" stroke="${p.line}" stroke-width="3"/>
${screen(200, 160, 400, 480, 30, p)}
<circle cx="400" cy="176" r="5" fill="#2a2e36"/>`,
  };
}

export const TECH_ART = {
  phone,
  phoneCase,
  charger,
  powerbank,
  headphones,
  earbuds,
  speaker,
  smartwatch,
  watch,
  laptop,
  tablet,
};
