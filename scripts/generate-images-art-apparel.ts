// Flat illustrations for apparel and shoes (800×800 canvas, object around the centre).
// Each returns SVG markup plus where its floor shadow sits. `url(#g)` is the body gradient
// of the product colour, defined by the frame in generate-images-art.ts.
import type { TPalette } from "./generate-images-palette.ts";

export type TArt = { svg: string; shadow: { y: number; rx: number } };
const G = "url(#g)";

const stroke = (c: string, w: number, extra = "") =>
  `fill="none" stroke="${c}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" ${extra}`;

export function tshirt(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 220 },
    svg: `
<path d="M285 172 L198 204 L118 300 L186 364 L246 320 L250 636 L550 636 L554 320 L614 364 L682 300 L602 204 L515 172 C482 228 318 228 285 172 Z" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<path d="M285 172 C318 228 482 228 515 172" ${stroke(p.shade, 14)}/>
<path d="M132 290 L196 350 M668 290 L604 350" ${stroke(p.shade, 5, 'opacity="0.6"')}/>
<path d="M252 612 L548 612" ${stroke(p.shade, 4, 'opacity="0.5"')}/>
<path d="M252 330 C262 420 262 520 256 600" ${stroke(p.light, 6, 'opacity="0.35"')}/>`,
  };
}

export function polo(p: TPalette): TArt {
  const base = tshirt(p);
  return {
    shadow: base.shadow,
    svg: `${base.svg}
<rect x="384" y="206" width="32" height="118" rx="6" fill="${p.shade}" opacity="0.45"/>
<circle cx="400" cy="244" r="6" fill="${p.deep}"/><circle cx="400" cy="288" r="6" fill="${p.deep}"/>
<path d="M284 170 L336 252 L400 206 Z" fill="${p.base}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M516 170 L464 252 L400 206 Z" fill="${p.base}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>`,
  };
}

function longSleeveBody(p: TPalette): string {
  return `<path d="M290 172 L206 202 L152 330 L124 596 L190 610 L234 410 L246 636 L554 636 L566 410 L610 610 L676 596 L648 330 L594 202 L510 172 C478 222 322 222 290 172 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M126 574 L192 588 M674 574 L608 588" ${stroke(p.shade, 10)}/>`;
}

export function shirt(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 250 },
    svg: `${longSleeveBody(p)}
<path d="M400 214 L400 636" ${stroke(p.shade, 4)}/>
${[270, 340, 410, 480, 550].map((y) => `<circle cx="412" cy="${y}" r="6" fill="${p.deep}" opacity="0.8"/>`).join("")}
<rect x="286" y="300" width="70" height="78" rx="6" fill="none" stroke="${p.shade}" stroke-width="4"/>
<path d="M288 170 L332 262 L400 214 Z" fill="${p.light}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M512 170 L468 262 L400 214 Z" fill="${p.light}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>`,
  };
}

export function hoodie(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 250 },
    svg: `<path d="M296 200 C282 110 518 110 504 200 Z" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
${longSleeveBody(p)}
<path d="M300 180 C330 250 470 250 500 180 C470 212 330 212 300 180 Z" fill="${p.deep}" opacity="0.55"/>
<path d="M376 232 L370 336 M424 232 L430 336" ${stroke(p.light, 5)}/>
<path d="M300 492 L500 492 L532 598 L268 598 Z" fill="none" stroke="${p.shade}" stroke-width="5" stroke-linejoin="round"/>
<rect x="246" y="604" width="308" height="32" fill="${p.shade}" opacity="0.7"/>`,
  };
}

export function jacket(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 250 },
    svg: `${longSleeveBody(p)}
<path d="M300 176 L320 140 L480 140 L500 176 C470 214 330 214 300 176 Z" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
<path d="M400 200 L400 636" ${stroke(p.deep, 5)}/>
<rect x="393" y="222" width="14" height="26" rx="3" fill="${p.light}"/>
<path d="M292 470 L326 540 M508 470 L474 540" ${stroke(p.shade, 6)}/>
<rect x="246" y="606" width="308" height="30" fill="${p.shade}" opacity="0.6"/>`,
  };
}

export function dress(p: TPalette): TArt {
  return {
    shadow: { y: 668, rx: 230 },
    svg: `<path d="M338 120 L350 210 M462 120 L450 210" ${stroke(p.shade, 10)}/>
<path d="M334 200 C360 232 440 232 466 200 L486 340 C430 356 370 356 314 340 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M314 340 C370 356 430 356 486 340 L608 640 C480 686 320 686 192 640 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M314 340 C370 356 430 356 486 340" ${stroke(p.shade, 12)}/>
<path d="M360 356 L318 660 M400 358 L400 670 M440 356 L482 660" ${stroke(p.shade, 3, 'opacity="0.45"')}/>
<path d="M330 250 C336 290 330 320 322 336" ${stroke(p.light, 6, 'opacity="0.5"')}/>`,
  };
}

export function trousers(p: TPalette, opts: { denim?: boolean } = {}): TArt {
  const seam = opts.denim ? `stroke="#d9a441" stroke-dasharray="10 7"` : `stroke="${p.shade}"`;
  return {
    shadow: { y: 660, rx: 190 },
    svg: `<path d="M268 192 L532 192 L566 646 L432 646 L400 318 L368 646 L234 646 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<rect x="264" y="150" width="272" height="46" rx="6" fill="${p.shade}" stroke="${p.line}" stroke-width="3"/>
${[300, 360, 440, 500].map((x) => `<rect x="${x - 6}" y="146" width="12" height="56" rx="4" fill="${p.base}" stroke="${p.line}" stroke-width="2"/>`).join("")}
<path d="M400 198 L400 318" fill="none" stroke-width="4" ${seam}/>
<path d="M282 206 C300 250 330 262 352 262 M518 206 C500 250 470 262 448 262" fill="none" stroke-width="4" ${seam}/>
<path d="M300 330 L270 630 M500 330 L530 630" ${stroke(p.light, 5, 'opacity="0.3"')}/>
<circle cx="400" cy="173" r="8" fill="${opts.denim ? "#b8892f" : p.deep}"/>`,
  };
}

export function jeans(p: TPalette): TArt {
  return trousers(p, { denim: true });
}

function soleColour(p: TPalette): { sole: string; soleLine: string } {
  return p.isLight ? { sole: "#c99b6b", soleLine: "#9c7449" } : { sole: "#f6f4ef", soleLine: "#c9c4b8" };
}

export function sneaker(p: TPalette): TArt {
  const { sole, soleLine } = soleColour(p);
  return {
    shadow: { y: 604, rx: 290 },
    svg: `<path d="M150 512 L706 512 C712 540 706 568 684 584 L186 592 C158 590 142 556 150 512 Z" fill="${sole}" stroke="${soleLine}" stroke-width="3"/>
<path d="M156 552 L700 548" ${stroke(soleLine, 4)}/>
<path d="M168 520 C150 460 150 380 190 334 C230 328 270 348 300 350 C312 318 332 298 362 294 L388 298 C424 348 520 396 604 426 C656 446 698 480 694 520 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M560 414 C620 430 690 470 694 520 L560 520 C590 480 585 440 560 414 Z" fill="${p.shade}" opacity="0.45"/>
<path d="M190 334 C160 390 160 460 172 520 L214 520 C200 450 204 380 222 338 Z" fill="${p.shade}" opacity="0.6"/>
<path d="M236 470 C330 470 430 430 520 372" ${stroke(p.isLight ? p.deep : p.light, 16, 'opacity="0.85"')}/>
${[0, 1, 2, 3]
  .map((i) => {
    const x = 398 + i * 42;
    const y = 318 + i * 24;
    return `<path d="M${x - 14} ${y + 10} L${x + 22} ${y - 8}" ${stroke(p.isLight ? p.line : "#f4f1ea", 7)}/>`;
  })
  .join("")}
<path d="M300 350 C316 330 340 316 362 312" ${stroke(p.deep, 8, 'opacity="0.6"')}/>`,
  };
}

export function heel(p: TPalette): TArt {
  return {
    shadow: { y: 640, rx: 250 },
    svg: `<path d="M214 452 L250 474 L240 632 L222 632 Z" fill="${p.deep}"/>
<rect x="218" y="626" width="26" height="10" rx="3" fill="#2a2a2a"/>
<path d="M204 372 C198 414 204 446 216 468 C300 494 404 556 482 584 L662 590 C704 590 716 570 702 552 C664 518 566 494 470 496 C402 498 334 466 292 428 C262 400 232 380 204 372 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M214 386 C262 398 320 446 362 474 C400 492 438 498 466 498 C420 508 336 490 282 458 C250 436 226 408 214 386 Z" fill="${p.shade}"/>
<path d="M216 470 C300 496 404 558 482 586 L662 592" ${stroke(p.deep, 5, 'opacity="0.7"')}/>
<path d="M560 520 C620 526 670 540 690 556" ${stroke(p.light, 6, 'opacity="0.6"')}/>`,
  };
}

export function oxford(p: TPalette): TArt {
  return {
    shadow: { y: 612, rx: 280 },
    svg: `<path d="M160 560 L700 560 L702 592 L166 592 Z" fill="${p.deep}"/>
<rect x="166" y="560" width="110" height="40" rx="4" fill="${p.deep}"/>
<path d="M168 562 C156 500 168 440 210 420 L330 400 C364 378 424 378 462 398 C540 430 622 450 662 480 C694 502 704 534 696 562 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M560 432 C600 460 610 510 596 562" ${stroke(p.shade, 5)}/>
<path d="M330 402 C350 440 420 452 470 402" ${stroke(p.shade, 5)}/>
${[0, 1, 2].map((i) => `<circle cx="${372 + i * 26}" cy="${420 - i * 4}" r="5" fill="${p.deep}"/>`).join("")}
<ellipse cx="620" cy="492" rx="36" ry="12" fill="#ffffff" opacity="0.25" transform="rotate(18 620 492)"/>`,
  };
}

export function cap(p: TPalette): TArt {
  return {
    shadow: { y: 610, rx: 250 },
    svg: `<path d="M210 500 C200 330 300 250 420 250 C540 250 610 340 606 500 Z" fill="${G}" stroke="${p.line}" stroke-width="3"/>
<path d="M596 486 C660 490 700 512 690 540 C600 560 470 540 420 510 Z" fill="${p.shade}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M420 252 C400 320 398 420 410 504 M320 270 C290 340 280 420 286 500" ${stroke(p.shade, 4)}/>
<circle cx="420" cy="252" r="14" fill="${p.shade}"/>
<path d="M212 500 L606 500" ${stroke(p.shade, 8)}/>`,
  };
}

export function onesie(p: TPalette): TArt {
  return {
    shadow: { y: 650, rx: 190 },
    svg: `<path d="M300 190 L220 236 L170 330 L236 370 L268 330 L270 520 C270 560 300 600 340 612 L360 640 L440 640 L460 612 C500 600 530 560 530 520 L532 330 L564 370 L630 330 L580 236 L500 190 C470 236 330 236 300 190 Z" fill="${G}" stroke="${p.line}" stroke-width="3" stroke-linejoin="round"/>
<path d="M300 190 C330 236 470 236 500 190" ${stroke(p.shade, 12)}/>
<path d="M366 632 L434 632" ${stroke(p.shade, 8)}/>
${[370, 400, 430].map((x) => `<circle cx="${x}" cy="624" r="4" fill="${p.deep}"/>`).join("")}
<circle cx="400" cy="400" r="46" fill="${p.light}" opacity="0.6"/>`,
  };
}
