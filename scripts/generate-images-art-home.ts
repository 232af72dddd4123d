// Flat illustrations for home & kitchen and kids & baby (800×800, see the apparel file).
import type { TArt } from "./generate-images-art-apparel.ts";
import type { TPalette } from "./generate-images-palette.ts";

const G = "url(#g)";
const stroke = (c: string, w: number, extra = "") =>
  `fill="none" stroke="${c}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" ${extra}`;
const STEEL = "#c4c8cc";

function pot(p: TPalette): TArt {
  return {
    shadow: { y: 628, rx: 240 },
    svg: `<rect x="150" y="380" width="90" height="34" rx="17" fill="${p.deep}"/><rect x="560" y="380" width="90" height="34" rx="17" fill="${p.deep}"/>
<path d="M210 360 L590 360 L576 570 C574 596 552 612 526 612 L274 612 C248 612 226 596 224 570 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M196 356 C220 290 580 290 604 356 Z" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
<rect x="190" y="350" width="420" height="20" rx="10" fill="${STEEL}"/>
<rect x="370" y="262" width="60" height="34" rx="14" fill="${p.deep}"/>
<path d="M250 400 C246 470 250 530 262 580" ${stroke(p.light, 10, 'opacity="0.4"')}/>`,
  };
}

function pan(p: TPalette): TArt {
  return {
    shadow: { y: 590, rx: 280 },
    svg: `<path d="M540 470 L720 400" ${stroke("#2b2b2e", 34)}/>
<ellipse cx="340" cy="470" rx="240" ry="98" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<ellipse cx="340" cy="458" rx="206" ry="74" fill="#2a2b2f"/>
<ellipse cx="300" cy="440" rx="90" ry="24" fill="#ffffff" opacity="0.08"/>
<path d="M100 476 C120 560 560 560 580 476" ${stroke(p.shade, 8)}/>`,
  };
}

function kettle(p: TPalette): TArt {
  return {
    shadow: { y: 628, rx: 210 },
    svg: `<path d="M510 300 C600 300 620 420 560 500" ${stroke(p.deep, 30)}/>
<path d="M280 380 L180 300 L196 288 L300 340 Z" fill="${p.base}" stroke="${p.line}" stroke-width="3"/>
<path d="M300 250 L500 250 L540 560 C544 590 524 608 494 608 L306 608 C276 608 256 590 260 560 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<rect x="250" y="596" width="300" height="30" rx="10" fill="${p.deep}"/>
<rect x="330" y="226" width="140" height="30" rx="12" fill="${p.shade}"/>
<rect x="388" y="206" width="24" height="24" rx="6" fill="${p.deep}"/>
<rect x="330" y="330" width="30" height="180" rx="15" fill="#ffffff" opacity="0.22"/>`,
  };
}

function blender(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 180 },
    svg: `<path d="M300 140 L500 140 L470 450 L330 450 Z" fill="#dff0f5" opacity="0.75" stroke="#9fb8c0" stroke-width="3"/>
<path d="M316 300 L484 300 L470 450 L330 450 Z" fill="#f3a86b" opacity="0.55"/>
<rect x="290" y="120" width="220" height="30" rx="10" fill="${p.deep}"/>
<path d="M500 190 C560 200 560 360 490 380" ${stroke("#9fb8c0", 16)}/>
<path d="M300 450 L500 450 L530 640 L270 640 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<circle cx="400" cy="560" r="34" fill="${p.shade}" stroke="${p.light}" stroke-width="5"/>`,
  };
}

function lamp(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 170 },
    svg: `<path d="M290 140 L510 140 L580 360 L220 360 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M232 340 L568 340" ${stroke(p.shade, 6, 'opacity="0.6"')}/>
<rect x="392" y="360" width="16" height="230" fill="#c9a24a"/>
<ellipse cx="400" cy="612" rx="120" ry="28" fill="#b08a3c"/>
<ellipse cx="400" cy="604" rx="120" ry="26" fill="#c9a24a"/>
<ellipse cx="400" cy="368" rx="150" ry="22" fill="#fff5cc" opacity="0.5"/>`,
  };
}

function bedding(p: TPalette): TArt {
  const layer = (y: number, fill: string) =>
    `<rect x="170" y="${y}" width="460" height="96" rx="30" fill="${fill}" stroke="${p.line}" stroke-width="3"/>`;
  return {
    shadow: { y: 640, rx: 260 },
    svg: `${layer(520, p.shade)}${layer(424, G)}${layer(328, p.base)}
<rect x="230" y="196" width="340" height="140" rx="50" fill="${p.light}" stroke="${p.line}" stroke-width="3"/>
<path d="M250 266 L550 266" ${stroke(p.line, 3, 'stroke-dasharray="10 8" opacity="0.5"')}/>
<path d="M200 376 L600 376 M200 472 L600 472 M200 568 L600 568" ${stroke(p.light, 3, 'stroke-dasharray="12 10" opacity="0.6"')}/>`,
  };
}

function vase(p: TPalette): TArt {
  return {
    shadow: { y: 640, rx: 150 },
    svg: `<path d="M350 160 L450 160 L446 230 C560 290 580 470 520 580 C500 616 470 630 400 630 C330 630 300 616 280 580 C220 470 240 290 354 230 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<ellipse cx="400" cy="160" rx="54" ry="14" fill="${p.deep}"/>
<path d="M300 330 C280 420 290 510 320 570" ${stroke(p.light, 12, 'opacity="0.5"')}/>
<path d="M262 420 C340 450 460 450 538 420" ${stroke(p.shade, 6)}/>`,
  };
}

function mug(p: TPalette): TArt {
  return {
    shadow: { y: 630, rx: 200 },
    svg: `<path d="M520 330 C640 330 640 520 520 520" ${stroke(p.shade, 30)}/>
<rect x="240" y="260" width="300" height="360" rx="34" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<ellipse cx="390" cy="270" rx="148" ry="20" fill="${p.deep}" opacity="0.6"/>
<rect x="270" y="320" width="26" height="240" rx="13" fill="#ffffff" opacity="0.25"/>`,
  };
}

function bottle(p: TPalette): TArt {
  return {
    shadow: { y: 664, rx: 130 },
    svg: `<rect x="320" y="210" width="160" height="450" rx="60" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="350" y="130" width="100" height="96" rx="20" fill="${p.deep}"/>
<path d="M450 150 C520 150 520 210 450 210" ${stroke(p.deep, 14)}/>
<rect x="340" y="290" width="22" height="300" rx="11" fill="#ffffff" opacity="0.25"/>
<rect x="320" y="420" width="160" height="36" fill="${p.shade}" opacity="0.5"/>`,
  };
}

function teddy(p: TPalette): TArt {
  const muzzle = p.isLight ? "#ffffff" : p.light;
  return {
    shadow: { y: 656, rx: 200 },
    svg: `<circle cx="290" cy="190" r="56" fill="${p.shade}"/><circle cx="510" cy="190" r="56" fill="${p.shade}"/>
<circle cx="290" cy="190" r="28" fill="${muzzle}" opacity="0.7"/><circle cx="510" cy="190" r="28" fill="${muzzle}" opacity="0.7"/>
<ellipse cx="400" cy="470" rx="150" ry="160" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<ellipse cx="400" cy="490" rx="84" ry="100" fill="${muzzle}" opacity="0.5"/>
<ellipse cx="250" cy="460" rx="52" ry="90" fill="${p.base}" stroke="${p.line}" stroke-width="3" transform="rotate(25 250 460)"/>
<ellipse cx="550" cy="460" rx="52" ry="90" fill="${p.base}" stroke="${p.line}" stroke-width="3" transform="rotate(-25 550 460)"/>
<ellipse cx="310" cy="610" rx="70" ry="50" fill="${p.base}" stroke="${p.line}" stroke-width="3"/><ellipse cx="490" cy="610" rx="70" ry="50" fill="${p.base}" stroke="${p.line}" stroke-width="3"/>
<circle cx="400" cy="260" r="120" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<ellipse cx="400" cy="300" rx="56" ry="44" fill="${muzzle}"/>
<ellipse cx="400" cy="284" rx="20" ry="14" fill="#2a1d16"/>
<circle cx="356" cy="236" r="11" fill="#2a1d16"/><circle cx="444" cy="236" r="11" fill="#2a1d16"/>
<path d="M380 318 C390 330 410 330 420 318" ${stroke("#2a1d16", 5)}/>`,
  };
}

function blocks(p: TPalette): TArt {
  const block = (x: number, y: number, fill: string, glyph: string) =>
    `<rect x="${x}" y="${y}" width="150" height="150" rx="18" fill="${fill}" stroke="${p.line}" stroke-width="3"/>${glyph}`;
  return {
    shadow: { y: 640, rx: 260 },
    svg: `${block(170, 470, p.base, `<circle cx="245" cy="545" r="40" fill="#ffffff" opacity="0.8"/>`)}
${block(330, 470, "#f2c94c", `<path d="M405 505 L445 580 L365 580 Z" fill="#ffffff" opacity="0.85"/>`)}
${block(490, 470, "#4aa3df", `<rect x="530" y="510" width="70" height="70" rx="8" fill="#ffffff" opacity="0.8"/>`)}
${block(250, 316, "#ee7b62", `<path d="M325 350 L336 378 L366 378 L342 396 L351 424 L325 407 L299 424 L308 396 L284 378 L314 378 Z" fill="#ffffff" opacity="0.85"/>`)}
${block(410, 316, p.shade, `<circle cx="485" cy="391" r="36" fill="none" stroke="#ffffff" stroke-width="12" opacity="0.8"/>`)}
${block(330, 162, "#6fcf97", `<path d="M370 237 L440 237 M405 202 L405 272" stroke="#ffffff" stroke-width="16" stroke-linecap="round" opacity="0.85"/>`)}`,
  };
}

function toyCar(p: TPalette): TArt {
  const wheel = (cx: number) =>
    `<circle cx="${cx}" cy="540" r="58" fill="#24262b"/><circle cx="${cx}" cy="540" r="26" fill="#c4c8cc"/>`;
  return {
    shadow: { y: 602, rx: 280 },
    svg: `<path d="M140 520 L140 440 C140 410 160 396 190 392 L270 384 L340 300 C356 282 376 274 400 274 L520 274 C548 274 566 286 580 306 L630 384 C670 390 690 410 690 444 L690 520 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M300 384 L360 310 C368 300 380 296 392 296 L452 296 L452 384 Z" fill="#cfe6f2" stroke="${p.line}" stroke-width="3"/>
<path d="M472 296 L516 296 C530 296 540 302 548 314 L596 384 L472 384 Z" fill="#cfe6f2" stroke="${p.line}" stroke-width="3"/>
<rect x="640" y="420" width="40" height="24" rx="8" fill="#ffe28a"/>
${wheel(270)}${wheel(560)}`,
  };
}

function babyBottle(p: TPalette): TArt {
  return {
    shadow: { y: 660, rx: 130 },
    svg: `<path d="M370 120 C370 90 430 90 430 120 L440 190 L360 190 Z" fill="#f3d7a8" stroke="#c9a877" stroke-width="3"/>
<rect x="324" y="180" width="152" height="70" rx="16" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="330" y="246" width="140" height="400" rx="44" fill="#eef6f8" stroke="#a9c4cc" stroke-width="3"/>
<rect x="336" y="430" width="128" height="210" rx="40" fill="#fbf6ea"/>
${[310, 360, 410, 460, 510, 560].map((y) => `<path d="M340 ${y} L372 ${y}" ${stroke(p.base, 4)}/>`).join("")}
<rect x="420" y="280" width="18" height="320" rx="9" fill="#ffffff" opacity="0.6"/>`,
  };
}

export const HOME_ART = {
  pot,
  pan,
  kettle,
  blender,
  lamp,
  bedding,
  vase,
  mug,
  bottle,
  teddy,
  blocks,
  toyCar,
  babyBottle,
};
