// Kids & baby.
import type { TProductRow } from "./types.ts";
import { BABY, KIDS } from "./sizes.ts";

export const KIDS_BABY: TProductRow[] = [
  {
    vendor: "lanes",
    category: "kids-clothing",
    brand: "Little Lanes",
    art: "tshirt",
    title: "Little Lanes Organic Cotton Kids' T-Shirts (2-Pack)",
    price: 180,
    options: { Size: KIDS, Colour: ["Yellow", "Sky Blue", "Coral"] },
    stock: "in",
    featured: true,
    description:
      "Two soft organic-cotton tees per pack, with popper shoulders on the smaller sizes so they pull on easily. Wash after wash, the colours stay bright.",
  },
  {
    vendor: "lanes",
    category: "kids-clothing",
    brand: "Little Lanes",
    art: "hoodie",
    title: "Little Lanes Zip-Through Kids' Hoodie",
    price: 260,
    options: { Size: KIDS, Colour: ["Navy", "Red", "Heather Grey"] },
    stock: "mixed",
    description:
      "A cosy brushed-back hoodie with a full zip, pockets and a lined hood. Perfect for air-conditioned classrooms and cool mornings.",
  },
  {
    vendor: "lanes",
    category: "kids-clothing",
    brand: "Little Lanes",
    art: "dress",
    title: "Little Lanes Floral Party Dress",
    price: 340,
    options: { Size: KIDS, Colour: ["Blush", "Lilac"] },
    stock: "pre",
    cap: 30,
    description:
      "A twirl-ready party dress with a tulle underskirt, a satin sash and a cotton lining that keeps it comfortable. Perfect for birthdays, weddings and Christmas services.",
  },
  {
    vendor: "pearl",
    category: "kids-clothing",
    brand: "Panda Kids",
    art: "jeans",
    title: "Panda Kids Pull-On Stretch Jeans",
    price: 190,
    options: { Size: KIDS, Colour: ["Mid Wash", "Dark Wash"] },
    stock: "in",
    description:
      "Stretch-denim jeans with an elasticated waist and adjustable inner waistband — no buttons to struggle with. Reinforced knees stand up to the playground.",
  },
  {
    vendor: "lanes",
    category: "kids-clothing",
    brand: "Little Lanes",
    art: "onesie",
    title: "Little Lanes Baby Bodysuits (5-Pack)",
    price: 290,
    options: { Size: BABY, Colour: ["Mint", "White", "Lemon"] },
    stock: "in",
    description:
      "Five short-sleeve bodysuits in breathable cotton with envelope necks and poppers at the bottom. The everyday baby essential.",
  },
  {
    vendor: "lanes",
    category: "toys",
    brand: "Little Lanes",
    art: "teddy",
    title: "Little Lanes Classic Plush Teddy Bear 40cm",
    price: 280,
    options: { Colour: ["Honey", "Cream", "Chocolate"] },
    stock: "in",
    featured: true,
    description:
      "A huggable 40 cm teddy with embroidered eyes (safe from birth) and super-soft plush. Machine washable on a gentle cycle.",
  },
  {
    vendor: "pearl",
    category: "toys",
    brand: "BrightBlocks",
    art: "blocks",
    title: "BrightBlocks Wooden Stacking Blocks (30 Pieces)",
    price: 240,
    options: {},
    artColour: "Coral",
    stock: "pre",
    description:
      "Thirty chunky wooden blocks in bright, non-toxic colours with shapes on every side. Builds fine motor skills for ages 1 and up.",
  },
  {
    vendor: "pearl",
    category: "toys",
    brand: "TurboTot",
    art: "toyCar",
    title: "TurboTot Remote Control Racing Car",
    price: 420,
    was: 520,
    options: { Colour: ["Red", "Blue", "Yellow"] },
    stock: "in",
    description:
      "A 1:16 scale RC car with a rechargeable battery, 2.4 GHz control and bouncy tyres for indoors and out. For ages 6 and up.",
  },
  {
    vendor: "lanes",
    category: "baby-essentials",
    brand: "Tommee Tippee",
    art: "babyBottle",
    title: "Tommee Tippee Closer to Nature Baby Bottles 260ml (3-Pack)",
    price: 230,
    options: { Colour: ["Sky Blue", "Pink", "Mint"] },
    stock: "in",
    description:
      "Breast-like teats and an anti-colic valve make switching between breast and bottle easier. BPA-free and dishwasher safe.",
  },
  {
    vendor: "lanes",
    category: "baby-essentials",
    brand: "Little Lanes",
    art: "bedding",
    title: "Little Lanes Muslin Swaddle Blankets (3-Pack)",
    price: 260,
    options: { Colour: ["Sage", "Blush", "Cream"] },
    stock: "pre",
    description:
      "Three breathable 120 cm cotton muslins for swaddling, feeding and shade on the go. Softer with every wash.",
  },
];
