// Origins, vendors and demo accounts. Every demo password is "password123" (README lists them).
import type { TVendorKey } from "./types.ts";

export const DEMO_PASSWORD = "password123";

export const ORIGINS = [
  { code: "LDN", name: "London", countryCode: "GB" },
  { code: "MAN", name: "Manchester", countryCode: "GB" },
  { code: "DXB", name: "Dubai", countryCode: "AE" },
  { code: "CAN", name: "Guangzhou", countryCode: "CN" },
  { code: "NYC", name: "New York", countryCode: "US" },
] as const;
export type TOriginCode = (typeof ORIGINS)[number]["code"];

type TUserSeed = {
  email: string;
  name: string;
  phone: string;
  roles: ("CUSTOMER" | "VENDOR" | "ADMIN" | "RIDER")[];
  adminPermissions?: ("OPS" | "FINANCE" | "SUPPORT" | "SUPERADMIN")[];
};

export const STAFF_USERS: TUserSeed[] = [
  {
    email: "admin@londom.test",
    name: "Efua Asante",
    phone: "+233200000001",
    roles: ["ADMIN"],
    adminPermissions: ["SUPERADMIN"],
  },
  { email: "ops@londom.test", name: "Yaw Darko", phone: "+233200000002", roles: ["ADMIN"], adminPermissions: ["OPS"] },
  {
    email: "finance@londom.test",
    name: "Akosua Frimpong",
    phone: "+233200000003",
    roles: ["ADMIN"],
    adminPermissions: ["FINANCE"],
  },
  // Carries deliveries: moves only the ones assigned to them (lib/deliveries).
  { email: "rider@londom.test", name: "Kwabena Osei", phone: "+233200000004", roles: ["RIDER"] },
];

export const CUSTOMERS: (TUserSeed & {
  address: {
    label: string;
    line1: string;
    area: string;
    city: string;
    region: "Greater Accra" | "Ashanti";
    landmark: string;
    gpsAddress: string;
    zoneSlug: string;
  };
})[] = [
  {
    email: "customer@londom.test",
    name: "Kofi Mensah",
    phone: "+233244123456",
    roles: ["CUSTOMER"],
    address: {
      label: "Home",
      line1: "14 Mensah Wood Street",
      area: "East Legon",
      city: "Accra",
      region: "Greater Accra",
      landmark: "Behind A&C Mall",
      gpsAddress: "GA-416-2281",
      zoneSlug: "east-legon",
    },
  },
  {
    email: "ama@londom.test",
    name: "Ama Owusu",
    phone: "+233209876543",
    roles: ["CUSTOMER"],
    address: {
      label: "Home",
      line1: "7 Prempeh II Street",
      area: "Adum",
      city: "Kumasi",
      region: "Ashanti",
      landmark: "Opposite Kejetia Market gate 3",
      gpsAddress: "AK-039-5520",
      zoneSlug: "kumasi",
    },
  },
];

export type TVendorSeed = {
  key: TVendorKey;
  slug: string;
  name: string;
  legalName: string;
  origin: TOriginCode;
  /** SKU prefix. */
  sku: string;
  description: string;
  contactPhone: string;
  owner: { name: string; phone: string };
  payout: {
    type: "BANK" | "MOBILE_MONEY";
    accountName: string;
    accountNumber: string;
    bankCode: string;
    bankName: string;
  };
};

export const VENDORS: TVendorSeed[] = [
  {
    key: "kingsway",
    slug: "kingsway-london",
    name: "Kingsway London",
    legalName: "Kingsway London Trading Ltd",
    origin: "LDN",
    sku: "KWL",
    description:
      "British high-street fashion, footwear and beauty, sourced weekly from London's Oxford Street and Westfield stores and shipped to Accra by air.",
    contactPhone: "+442071234567",
    owner: { name: "James Whitfield", phone: "+233200000101" },
    payout: {
      type: "BANK",
      accountName: "Kingsway London Trading Ltd",
      accountNumber: "1441001234567",
      bankCode: "GCB",
      bankName: "GCB Bank",
    },
  },
  {
    key: "northern",
    slug: "northern-quarter-goods",
    name: "Northern Quarter Goods",
    legalName: "Northern Quarter Goods Ltd",
    origin: "MAN",
    sku: "NQG",
    description: "Manchester streetwear, sneakers and homeware from independent labels in the Northern Quarter.",
    contactPhone: "+441612345678",
    owner: { name: "Sophie Clarke", phone: "+233200000102" },
    payout: {
      type: "BANK",
      accountName: "Northern Quarter Goods Ltd",
      accountNumber: "9040002345678",
      bankCode: "SCB",
      bankName: "Standard Chartered Bank Ghana",
    },
  },
  {
    key: "souk",
    slug: "souk-al-noor",
    name: "Souk Al Noor",
    legalName: "Souk Al Noor General Trading LLC",
    origin: "DXB",
    sku: "SAN",
    description: "Fragrance, beauty and the latest phones from Dubai's Deira and Dubai Mall, at Gulf prices.",
    contactPhone: "+97142345678",
    owner: { name: "Omar Haddad", phone: "+233200000103" },
    payout: {
      type: "MOBILE_MONEY",
      accountName: "Omar Haddad",
      accountNumber: "0244000103",
      bankCode: "MTN",
      bankName: "MTN Mobile Money",
    },
  },
  {
    key: "pearl",
    slug: "pearl-river-trading",
    name: "Pearl River Trading",
    legalName: "Pearl River Trading Co. Ltd",
    origin: "CAN",
    sku: "PRT",
    description:
      "Factory-direct electronics accessories, kitchenware and toys from Guangzhou, consolidated by air and sea.",
    contactPhone: "+862012345678",
    owner: { name: "Li Wei", phone: "+233200000104" },
    payout: {
      type: "BANK",
      accountName: "Pearl River Trading Co. Ltd",
      accountNumber: "0012003456789",
      bankCode: "ECO",
      bankName: "Ecobank Ghana",
    },
  },
  {
    key: "empire",
    slug: "empire-state-supply",
    name: "Empire State Supply",
    legalName: "Empire State Supply LLC",
    origin: "NYC",
    sku: "ESS",
    description: "New York sneakers, denim and tech, bought from US retailers and flown to Accra every fortnight.",
    contactPhone: "+12125550147",
    owner: { name: "Marcus Reed", phone: "+233200000105" },
    payout: {
      type: "BANK",
      accountName: "Empire State Supply LLC",
      accountNumber: "2011004567890",
      bankCode: "ABG",
      bankName: "Absa Bank Ghana",
    },
  },
  {
    key: "lanes",
    slug: "little-lanes-london",
    name: "Little Lanes London",
    legalName: "Little Lanes London Ltd",
    origin: "LDN",
    sku: "LLL",
    description: "Children's clothing, toys and baby essentials from London's favourite family brands.",
    contactPhone: "+442079876543",
    owner: { name: "Hannah Osei-Bonsu", phone: "+233200000106" },
    payout: {
      type: "MOBILE_MONEY",
      accountName: "Hannah Osei-Bonsu",
      accountNumber: "0204000106",
      bankCode: "VOD",
      bankName: "Telecel Cash",
    },
  },
];

export const ownerEmail = (v: TVendorSeed) => `owner@${v.slug}.test`;
export const KINGSWAY_STAFF = { email: "staff@kingsway-london.test", name: "Nana Adjei", phone: "+233200000201" };
