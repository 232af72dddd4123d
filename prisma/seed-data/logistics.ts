// Delivery zones (fees in GH₵), pickup points and the batch plan per origin.
import type { TOriginCode } from "./accounts.ts";

export const DELIVERY_ZONES = [
  { slug: "accra-central", name: "Accra Central", region: "Greater Accra", fee: 25, etaDays: 1 },
  { slug: "osu-labone", name: "Osu, Labone & Cantonments", region: "Greater Accra", fee: 25, etaDays: 1 },
  { slug: "east-legon", name: "East Legon & Airport", region: "Greater Accra", fee: 30, etaDays: 1 },
  { slug: "madina", name: "Madina & Adenta", region: "Greater Accra", fee: 35, etaDays: 2 },
  { slug: "spintex", name: "Spintex & Sakumono", region: "Greater Accra", fee: 35, etaDays: 2 },
  { slug: "tema", name: "Tema & Community 25", region: "Greater Accra", fee: 40, etaDays: 2 },
  { slug: "kasoa", name: "Kasoa & Weija", region: "Central", fee: 45, etaDays: 2 },
  { slug: "kumasi", name: "Kumasi", region: "Ashanti", fee: 60, etaDays: 3 },
  { slug: "takoradi", name: "Takoradi & Sekondi", region: "Western", fee: 65, etaDays: 3 },
  { slug: "cape-coast", name: "Cape Coast", region: "Central", fee: 60, etaDays: 3 },
  { slug: "koforidua", name: "Koforidua", region: "Eastern", fee: 55, etaDays: 3 },
  { slug: "ho", name: "Ho", region: "Volta", fee: 70, etaDays: 4 },
  { slug: "tamale", name: "Tamale", region: "Northern", fee: 90, etaDays: 5 },
] as const;

export const PICKUP_POINTS = [
  {
    slug: "accra-hub-airport-city",
    name: "Londom Hub — Airport City",
    address: "Unit 4, Cedar Plaza, Liberation Road, Airport City, Accra",
    city: "Accra",
    phone: "+233302900100",
    openingHours: "Mon–Sat 9:00–19:00",
    zoneSlug: "east-legon",
  },
  {
    slug: "osu-oxford-street",
    name: "Londom Pickup — Osu Oxford Street",
    address: "Shop 12, Oxford Street Mall, Cantonments Road, Osu, Accra",
    city: "Accra",
    phone: "+233302900200",
    openingHours: "Mon–Sat 10:00–20:00, Sun 12:00–17:00",
    zoneSlug: "osu-labone",
  },
  {
    slug: "tema-community-1",
    name: "Londom Pickup — Tema Community 1",
    address: "Meridian Plaza, Harbour Road, Community 1, Tema",
    city: "Tema",
    phone: "+233303900300",
    openingHours: "Mon–Fri 9:00–18:00, Sat 9:00–14:00",
    zoneSlug: "tema",
  },
  {
    slug: "kumasi-adum",
    name: "Londom Pickup — Kumasi Adum",
    address: "2nd Floor, Bompata Towers, Adum, Kumasi",
    city: "Kumasi",
    phone: "+233322900400",
    openingHours: "Mon–Sat 9:00–18:00",
    zoneSlug: "kumasi",
  },
  {
    slug: "takoradi-market-circle",
    name: "Londom Pickup — Takoradi Market Circle",
    address: "Harbour View House, Market Circle, Takoradi",
    city: "Takoradi",
    phone: "+233312900500",
    openingHours: "Mon–Sat 9:00–17:00",
    zoneSlug: "takoradi",
  },
] as const;

export type TBatchPlan = {
  origin: TOriginCode;
  method: "AIR" | "SEA";
  /** Days from today to the cut-off (negative: in the past). */
  cutoffInDays: number;
  /** Arrival window, days after the cut-off. */
  arrival: [number, number];
  minUnits: number;
};

/** One OPEN batch per (origin, method) slot, cut-offs 1–3 weeks ahead. */
export const OPEN_BATCHES: TBatchPlan[] = [
  { origin: "LDN", method: "AIR", cutoffInDays: 8, arrival: [7, 11], minUnits: 60 },
  { origin: "MAN", method: "AIR", cutoffInDays: 10, arrival: [7, 12], minUnits: 40 },
  { origin: "DXB", method: "AIR", cutoffInDays: 12, arrival: [6, 10], minUnits: 50 },
  { origin: "DXB", method: "SEA", cutoffInDays: 19, arrival: [28, 38], minUnits: 150 },
  { origin: "CAN", method: "AIR", cutoffInDays: 9, arrival: [10, 15], minUnits: 80 },
  { origin: "CAN", method: "SEA", cutoffInDays: 20, arrival: [40, 52], minUnits: 300 },
  { origin: "NYC", method: "AIR", cutoffInDays: 14, arrival: [8, 13], minUnits: 40 },
];

/** Past batches that show the later states on the admin and tracking pages. */
export const IN_TRANSIT_BATCH = {
  origin: "LDN" as TOriginCode,
  method: "AIR" as const,
  cutoffInDays: -6,
  arrival: [9, 13] as [number, number],
  carrier: "DHL Aviation",
  trackingNumber: "DHL7734916205",
  shippedAfterDays: 2,
  arrivedAfterDays: null as number | null,
};
export const ARRIVED_BATCH = {
  origin: "DXB" as TOriginCode,
  method: "AIR" as const,
  cutoffInDays: -16,
  arrival: [8, 12] as [number, number],
  carrier: "Emirates SkyCargo",
  trackingNumber: "176-48291735",
  shippedAfterDays: 2,
  arrivedAfterDays: 10 as number | null,
};
