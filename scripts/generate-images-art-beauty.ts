// Flat illustrations for beauty and bags & accessories (800×800, see the apparel file).
import type { TArt } from "./generate-images-art-apparel.ts";
import type { TPalette } from "./generate-images-palette.ts";

const G = "url(#g)";
const GOLD = "#c9a24a";
const stroke = (c: string, w: number, extra = "") =>
  `fill="none" stroke="${c}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" ${extra}`;

function serum(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 120 },
    svg: `<ellipse cx="400" cy="170" rx="40" ry="56" fill="#24262b"/>
<rect x="352" y="216" width="96" height="70" rx="10" fill="${GOLD}"/>
<rect x="312" y="280" width="176" height="360" rx="34" fill="${G}" stroke="${p.line}" stroke-width="3" opacity="0.95"/>
<rect x="336" y="390" width="128" height="150" rx="8" fill="#fbf8f2"/>
<path d="M356 430 L444 430 M356 460 L430 460 M356 490 L410 490" ${stroke("#b9b2a6", 6)}/>
<rect x="324" y="300" width="18" height="300" rx="9" fill="#ffffff" opacity="0.3"/>`,
  };
}

function jar(p: TPalette): TArt {
  return {
    shadow: { y: 612, rx: 210 },
    svg: `<rect x="232" y="390" width="336" height="210" rx="36" fill="#fbf8f2" stroke="#cfc7b8" stroke-width="3"/>
<rect x="232" y="460" width="336" height="66" fill="${p.light}" opacity="0.7"/>
<rect x="220" y="300" width="360" height="100" rx="22" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="240" y="318" width="22" height="64" rx="11" fill="#ffffff" opacity="0.3"/>
<path d="M300 493 L500 493" ${stroke(p.shade, 6)}/>`,
  };
}

function lipstick(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 200 },
    svg: `<rect x="470" y="330" width="120" height="300" rx="14" fill="#25262b" transform="rotate(12 530 480)"/>
<rect x="470" y="330" width="20" height="300" rx="10" fill="#ffffff" opacity="0.12" transform="rotate(12 530 480)"/>
<path d="M300 200 L360 160 L360 330 L300 330 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<rect x="290" y="320" width="80" height="60" rx="6" fill="${GOLD}"/>
<rect x="270" y="376" width="120" height="260" rx="14" fill="#25262b"/>
<rect x="284" y="390" width="16" height="230" rx="8" fill="#ffffff" opacity="0.14"/>
<rect x="270" y="520" width="120" height="10" fill="${GOLD}"/>`,
  };
}

function perfume(_p: TPalette): TArt {
  return {
    shadow: { y: 640, rx: 190 },
    svg: `<rect x="350" y="150" width="100" height="90" rx="10" fill="#23252a"/>
<rect x="376" y="236" width="48" height="40" fill="${GOLD}"/>
<rect x="232" y="270" width="336" height="360" rx="40" fill="#eef3f4" opacity="0.9" stroke="#b9c6c9" stroke-width="4"/>
<rect x="256" y="330" width="288" height="278" rx="26" fill="${G}" opacity="0.9"/>
<rect x="320" y="420" width="160" height="70" rx="6" fill="#fbf8f2" opacity="0.9"/>
<rect x="250" y="290" width="24" height="320" rx="12" fill="#ffffff" opacity="0.45"/>`,
  };
}

function pumpBottle(p: TPalette): TArt {
  return {
    shadow: { y: 660, rx: 140 },
    svg: `<path d="M400 130 L480 130 L480 160 L420 160 L420 200" ${stroke("#2b2d31", 24)}/>
<rect x="368" y="190" width="64" height="60" rx="8" fill="#2b2d31"/>
<rect x="300" y="240" width="200" height="410" rx="50" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="330" y="380" width="140" height="170" rx="10" fill="#fbf8f2" opacity="0.92"/>
<path d="M350 420 L450 420 M350 452 L436 452 M350 484 L410 484" ${stroke("#b9b2a6", 6)}/>
<rect x="314" y="270" width="20" height="340" rx="10" fill="#ffffff" opacity="0.28"/>`,
  };
}

function compact(_p: TPalette): TArt {
  return {
    shadow: { y: 620, rx: 230 },
    svg: `<ellipse cx="400" cy="300" rx="200" ry="120" fill="#25262b"/>
<ellipse cx="400" cy="300" rx="170" ry="96" fill="#c9d3da"/>
<ellipse cx="360" cy="280" rx="70" ry="30" fill="#ffffff" opacity="0.5"/>
<ellipse cx="400" cy="500" rx="210" ry="110" fill="#25262b"/>
<ellipse cx="400" cy="488" rx="170" ry="84" fill="${G}"/>
<ellipse cx="370" cy="470" rx="60" ry="22" fill="#ffffff" opacity="0.18"/>`,
  };
}

function tote(p: TPalette): TArt {
  return {
    shadow: { y: 652, rx: 240 },
    svg: `<path d="M300 340 C300 180 500 180 500 340" ${stroke(p.shade, 22)}/>
<path d="M200 330 L600 330 L640 630 L160 630 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M206 370 L594 370" ${stroke(p.shade, 4, 'stroke-dasharray="12 8"')}/>
<path d="M220 360 L190 610" ${stroke(p.light, 10, 'opacity="0.35"')}/>`,
  };
}

function handbag(p: TPalette): TArt {
  return {
    shadow: { y: 630, rx: 230 },
    svg: `<path d="M300 330 C300 200 500 200 500 330" ${stroke(p.deep, 20)}/>
<rect x="190" y="320" width="420" height="300" rx="40" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<path d="M190 360 C190 336 210 320 236 320 L564 320 C590 320 610 336 610 360 L610 460 C520 500 280 500 190 460 Z" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
<rect x="376" y="462" width="48" height="36" rx="8" fill="${GOLD}"/>
<circle cx="300" cy="322" r="12" fill="${GOLD}"/><circle cx="500" cy="322" r="12" fill="${GOLD}"/>`,
  };
}

function backpack(p: TPalette): TArt {
  return {
    shadow: { y: 662, rx: 210 },
    svg: `<path d="M350 180 C350 130 450 130 450 180" ${stroke(p.deep, 16)}/>
<rect x="240" y="170" width="320" height="480" rx="90" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<rect x="290" y="420" width="220" height="190" rx="40" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
<path d="M310 450 L490 450" ${stroke(p.deep, 6)}/>
<rect x="486" y="440" width="12" height="36" rx="4" fill="${p.light}"/>
<path d="M262 260 C250 330 250 400 268 470" ${stroke(p.light, 10, 'opacity="0.35"')}/>`,
  };
}

function crossbody(p: TPalette): TArt {
  return {
    shadow: { y: 640, rx: 200 },
    svg: `<path d="M260 420 L400 130 L540 420" ${stroke(p.deep, 12)}/>
<rect x="230" y="400" width="340" height="230" rx="30" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<path d="M230 430 C230 412 244 400 262 400 L538 400 C556 400 570 412 570 430 L570 540 L230 540 Z" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
<rect x="382" y="524" width="36" height="30" rx="6" fill="${GOLD}"/>`,
  };
}

function sunglasses(p: TPalette): TArt {
  return {
    shadow: { y: 560, rx: 260 },
    svg: `<path d="M150 360 L110 330 M650 360 L690 330" ${stroke(p.base, 14)}/>
<path d="M370 372 C385 352 415 352 430 372" ${stroke(p.base, 16)}/>
<rect x="150" y="340" width="230" height="170" rx="70" fill="#1f2430" stroke="${p.base}" stroke-width="18"/>
<rect x="420" y="340" width="230" height="170" rx="70" fill="#1f2430" stroke="${p.base}" stroke-width="18"/>
<path d="M190 380 L260 380 M460 380 L530 380" ${stroke("#ffffff", 10, 'opacity="0.18"')}/>`,
  };
}

function wallet(p: TPalette): TArt {
  return {
    shadow: { y: 600, rx: 230 },
    svg: `<rect x="200" y="290" width="400" height="290" rx="26" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<path d="M200 330 L600 330" ${stroke(p.shade, 4, 'stroke-dasharray="10 8"')}/>
<rect x="440" y="390" width="180" height="110" rx="22" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
<circle cx="480" cy="445" r="14" fill="${GOLD}"/>`,
  };
}

export const BEAUTY_ART = {
  serum,
  jar,
  lipstick,
  perfume,
  pumpBottle,
  compact,
  tote,
  handbag,
  backpack,
  crossbody,
  sunglasses,
  wallet,
};
