// Colour helpers and the named colours the demo catalog uses for variants and art.

export type TPalette = {
  /** The product colour. */
  base: string;
  /** Darker tone for seams, soles, shadows inside the object. */
  shade: string;
  /** Much darker tone for small details (eyelets, buttons, screens). */
  deep: string;
  /** Lighter tone for highlights. */
  light: string;
  /** Line colour that separates the object from the background (matters for white). */
  line: string;
  /** Soft background behind the object. */
  bg: string;
  bgEdge: string;
  isLight: boolean;
};

const NAMED: Record<string, string> = {
  black: "#23262b",
  "jet black": "#1d1f23",
  white: "#f5f5f3",
  "optic white": "#f7f7f5",
  "off-white": "#efe9dc",
  cream: "#efe4cc",
  ivory: "#f1ead8",
  ecru: "#e6dcc5",
  navy: "#1f2f4d",
  "midnight navy": "#1b2540",
  grey: "#9ca1a7",
  "heather grey": "#a7abb0",
  charcoal: "#3c4047",
  graphite: "#4a4d53",
  slate: "#5f6b78",
  olive: "#68704a",
  khaki: "#b9a77e",
  sand: "#cdb994",
  stone: "#bdb3a2",
  beige: "#d9c5a7",
  camel: "#b98a57",
  tan: "#a97c50",
  cognac: "#9a5a2c",
  brown: "#5d4030",
  chocolate: "#4b3226",
  burgundy: "#6d1f2e",
  wine: "#5e1a2a",
  red: "#c0392b",
  "cherry red": "#b3202c",
  coral: "#ee7b62",
  terracotta: "#c0643f",
  rust: "#a84d2a",
  blush: "#eab3b9",
  pink: "#e59aab",
  "dusty rose": "#c98c93",
  rose: "#d77a8a",
  fuchsia: "#c2378a",
  lilac: "#b9a5d8",
  lavender: "#a99ad6",
  purple: "#6a3d9a",
  plum: "#5b2a4e",
  "sky blue": "#8dbde3",
  "baby blue": "#a9cdea",
  blue: "#2e64b8",
  "royal blue": "#2449a8",
  cobalt: "#1f4fb0",
  denim: "#3c5478",
  indigo: "#2f3f68",
  "light wash": "#8fa9c6",
  "mid wash": "#5d7ca3",
  "dark wash": "#2f405e",
  teal: "#1b8a8f",
  turquoise: "#2bb3ad",
  mint: "#9fd8c1",
  sage: "#a4b28c",
  green: "#2e8b57",
  emerald: "#1f7a4d",
  forest: "#2f4f3a",
  "bottle green": "#1f4a36",
  mustard: "#d2a21c",
  yellow: "#f2c94c",
  lemon: "#f4dd6b",
  orange: "#e67e22",
  peach: "#f3b694",
  gold: "#c9a24a",
  "rose gold": "#d4a393",
  silver: "#c3c7cc",
  chrome: "#d0d4d8",
  titanium: "#8e8a83",
  "natural titanium": "#b8b2a6",
  "black titanium": "#3b3b3d",
  "white titanium": "#e8e6e1",
  "desert titanium": "#c8ae92",
  midnight: "#1f2533",
  starlight: "#ece3d3",
  "phantom black": "#24262b",
  "cream white": "#f0ead9",
  "icy blue": "#bcd4e6",
  "mint green": "#b5dcc6",
  "awesome lilac": "#c2b1de",
  "awesome navy": "#27345a",
  obsidian: "#26292e",
  porcelain: "#ece9e2",
  hazel: "#c9b79a",
  "kente gold": "#d9a327",
  multi: "#e07a5f",
  natural: "#e2d3b5",
  walnut: "#6b4a33",
  oak: "#b88b5a",
  "matte black": "#2a2c30",
  stainless: "#c4c8cc",
  clear: "#d9e9ee",
  amber: "#c98a2b",
  ruby: "#a3162c",
  nude: "#c99479",
  mauve: "#a9707e",
  berry: "#7d2446",
  fair: "#f1d3bc",
  light: "#e5bc9a",
  "light medium": "#d6a882",
  medium: "#c99470",
  "tan shade": "#a8764f",
  deep: "#7b4e32",
  rich: "#5a3521",
  espresso: "#3e2a20",
  champagne: "#e6d3ad",
  tortoise: "#6b4226",
  "ruby woo": "#9e1b2c",
  "velvet teddy": "#a86b5a",
  mehr: "#b56b76",
  diva: "#6e1f33",
  "honey shade": "#c8904f",
  caramel: "#b07a45",
  honey: "#c8904f",
  almond: "#d8b48e",
  "porcelain shade": "#f4dcc8",
};

export function colourHex(name: string): string {
  // "330 Tan" (a numbered make-up shade) looks up "tan".
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^\d+\s+/, "");
  const hex = NAMED[key] ?? NAMED[key.replace(/^(light|dark|deep|pale) /, "")];
  if (hex) return hex;
  // Unknown names still get a stable, pleasant colour rather than a grey placeholder.
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return hslHex(h % 360, 0.45, 0.5);
}

export function isKnownColour(name: string): boolean {
  return (
    name
      .trim()
      .toLowerCase()
      .replace(/^\d+\s+/, "") in NAMED
  );
}

function hslHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return toHex([f(0), f(8), f(4)]);
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(c: number[]): string {
  return `#${c
    .map((x) =>
      Math.max(0, Math.min(255, Math.round(x)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

export function mix(a: string, b: string, t: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return toHex(x.map((v, i) => v + ((y[i] ?? 0) - v) * t));
}

export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function palette(base: string): TPalette {
  const lum = luminance(base);
  const isLight = lum > 0.6;
  const bg = isLight ? mix(base, "#d9d4cb", 0.55) : mix(base, "#faf8f4", 0.86);
  return {
    base,
    shade: mix(base, "#000000", isLight ? 0.12 : 0.22),
    deep: mix(base, "#000000", isLight ? 0.55 : 0.5),
    light: mix(base, "#ffffff", isLight ? 0.6 : 0.22),
    line: isLight ? mix(base, "#6b6259", 0.35) : mix(base, "#000000", 0.3),
    bg,
    bgEdge: mix(bg, "#000000", 0.06),
    isLight,
  };
}
