// The category tree (9 departments with sub-categories) and size charts for apparel/shoes.
import type { TSizeChart } from "@/lib/catalog/schemas";

const WOMENS_CHART: TSizeChart = {
  columns: ["UK", "EU", "US", "Bust (cm)", "Waist (cm)", "Hips (cm)"],
  rows: [
    ["6", "34", "2", "80", "62", "87"],
    ["8", "36", "4", "84", "66", "91"],
    ["10", "38", "6", "88", "70", "95"],
    ["12", "40", "8", "93", "75", "100"],
    ["14", "42", "10", "98", "80", "105"],
    ["16", "44", "12", "103", "85", "110"],
    ["18", "46", "14", "110", "92", "117"],
  ],
  note: "UK sizing. Between two sizes? Choose the larger for a relaxed fit.",
};

const MENS_CHART: TSizeChart = {
  columns: ["Size", "Chest (cm)", "Waist (cm)", "Neck (cm)"],
  rows: [
    ["S", "91–96", "76–81", "37"],
    ["M", "97–102", "82–87", "39"],
    ["L", "103–108", "88–93", "41"],
    ["XL", "109–114", "94–99", "43"],
    ["XXL", "115–121", "100–106", "45"],
  ],
  note: "Measure around the fullest part of the chest, under the arms.",
};

const MENS_TROUSERS_CHART: TSizeChart = {
  columns: ["Waist", "Waist (cm)", "Hip (cm)", "Inside leg (cm)"],
  rows: [
    ["W30", "76", "94", "81"],
    ["W32", "81", "99", "81"],
    ["W34", "86", "104", "81"],
    ["W36", "91", "109", "81"],
    ["W38", "97", "114", "81"],
  ],
};

const SHOES_CHART: TSizeChart = {
  columns: ["UK", "EU", "US Men", "US Women", "Foot length (cm)"],
  rows: [
    ["3", "36", "4", "5", "22.5"],
    ["4", "37", "5", "6", "23.3"],
    ["5", "38", "6", "7", "24.1"],
    ["6", "39", "7", "8", "24.9"],
    ["7", "40.5", "8", "9", "25.8"],
    ["8", "42", "9", "10", "26.6"],
    ["9", "43", "10", "11", "27.5"],
    ["10", "44.5", "11", "12", "28.3"],
    ["11", "46", "12", "13", "29.2"],
  ],
  note: "Stand on a sheet of paper and measure heel to longest toe.",
};

const KIDS_CHART: TSizeChart = {
  columns: ["Age", "Height (cm)", "Chest (cm)", "Waist (cm)"],
  rows: [
    ["0-3M", "56–62", "40", "40"],
    ["3-6M", "62–68", "43", "42"],
    ["6-12M", "68–80", "46", "45"],
    ["2-3Y", "92–98", "53", "51"],
    ["4-5Y", "104–110", "57", "53"],
    ["6-7Y", "116–122", "61", "55"],
    ["8-9Y", "128–134", "66", "58"],
  ],
};

export type TCategorySeed = {
  slug: string;
  name: string;
  description: string;
  sizeChart?: TSizeChart;
  children: Omit<TCategorySeed, "children">[];
};

export const CATEGORIES: TCategorySeed[] = [
  {
    slug: "womens-fashion",
    name: "Women's Fashion",
    description: "Dresses, tops and denim from London, Manchester and New York.",
    sizeChart: WOMENS_CHART,
    children: [
      { slug: "womens-dresses", name: "Dresses", description: "Day, occasion and wrap dresses." },
      { slug: "womens-tops", name: "Tops & Blouses", description: "Blouses, shirts and knit tops." },
      { slug: "womens-jeans-trousers", name: "Jeans & Trousers", description: "Straight, wide-leg and tailored." },
      {
        slug: "womens-coats-jackets",
        name: "Coats & Jackets",
        description: "Trench coats, blazers and denim jackets.",
      },
    ],
  },
  {
    slug: "mens-fashion",
    name: "Men's Fashion",
    description: "Everyday tees, shirts, hoodies and denim.",
    sizeChart: MENS_CHART,
    children: [
      { slug: "mens-tshirts-polos", name: "T-Shirts & Polos", description: "Heavyweight tees and piqué polos." },
      { slug: "mens-shirts", name: "Shirts", description: "Oxford, linen and formal shirts." },
      { slug: "mens-hoodies", name: "Hoodies & Sweatshirts", description: "Loopback cotton and fleece." },
      { slug: "mens-jackets", name: "Jackets & Coats", description: "Harringtons, bombers and overshirts." },
      {
        slug: "mens-jeans-trousers",
        name: "Jeans & Trousers",
        description: "Selvedge denim and chinos.",
        sizeChart: MENS_TROUSERS_CHART,
      },
    ],
  },
  {
    slug: "shoes",
    name: "Shoes",
    description: "Sneakers, heels and formal shoes in UK sizes.",
    sizeChart: SHOES_CHART,
    children: [
      { slug: "sneakers", name: "Sneakers", description: "Court, running and retro sneakers." },
      { slug: "womens-shoes", name: "Heels & Flats", description: "Pumps, slingbacks and loafers." },
      { slug: "mens-shoes", name: "Men's Formal Shoes", description: "Oxfords, Derbies and loafers in leather." },
    ],
  },
  {
    slug: "phones-accessories",
    name: "Phones & Accessories",
    description: "Unlocked smartphones, cases and chargers with UK/Ghana plugs.",
    children: [
      { slug: "smartphones", name: "Smartphones", description: "Unlocked, dual-SIM where available." },
      { slug: "phone-cases", name: "Cases & Protection", description: "Cases and screen protection." },
      { slug: "chargers-power", name: "Chargers & Power Banks", description: "Fast chargers, cables and power banks." },
    ],
  },
  {
    slug: "electronics",
    name: "Electronics",
    description: "Audio, wearables, laptops and tablets.",
    children: [
      {
        slug: "audio",
        name: "Headphones & Speakers",
        description: "Noise-cancelling headphones, earbuds and speakers.",
      },
      { slug: "wearables", name: "Smartwatches & Watches", description: "Fitness watches and classic timepieces." },
      { slug: "laptops-tablets", name: "Laptops & Tablets", description: "Laptops and tablets for work and school." },
    ],
  },
  {
    slug: "beauty",
    name: "Beauty & Personal Care",
    description: "Skincare, make-up and fragrance.",
    children: [
      { slug: "skincare", name: "Skincare", description: "Serums, moisturisers and SPF." },
      {
        slug: "makeup",
        name: "Make-up",
        description: "Foundation, lipstick and powder in shades for every skin tone.",
      },
      { slug: "fragrance", name: "Fragrance", description: "Eau de parfum and oud." },
      { slug: "hair-body", name: "Hair & Body", description: "Hair care and body care." },
    ],
  },
  {
    slug: "home-kitchen",
    name: "Home & Kitchen",
    description: "Cookware, small appliances, décor and bedding.",
    children: [
      { slug: "cookware", name: "Cookware", description: "Pots, pans and casseroles." },
      { slug: "small-appliances", name: "Small Appliances", description: "Kettles, blenders and more (UK plugs)." },
      { slug: "decor-lighting", name: "Décor & Lighting", description: "Lamps, vases and mugs." },
      { slug: "bedding-bath", name: "Bedding & Bath", description: "Bed linen and towels." },
    ],
  },
  {
    slug: "kids-baby",
    name: "Kids & Baby",
    description: "Clothes, toys and baby essentials.",
    sizeChart: KIDS_CHART,
    children: [
      { slug: "kids-clothing", name: "Kids' Clothing", description: "Tees, sets and bodysuits by age." },
      { slug: "toys", name: "Toys & Games", description: "Soft toys, blocks and cars." },
      { slug: "baby-essentials", name: "Baby Essentials", description: "Feeding and everyday baby kit." },
    ],
  },
  {
    slug: "bags-accessories",
    name: "Bags & Accessories",
    description: "Handbags, backpacks, sunglasses and small leather goods.",
    children: [
      { slug: "handbags", name: "Handbags", description: "Totes, top-handle and cross-body bags." },
      { slug: "backpacks-travel", name: "Backpacks & Travel", description: "Backpacks and weekenders." },
      { slug: "accessories", name: "Sunglasses, Caps & Wallets", description: "Finishing touches." },
    ],
  },
];
