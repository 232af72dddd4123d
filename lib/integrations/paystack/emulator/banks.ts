import "server-only";
import { MOBILE_MONEY_PROVIDERS } from "./rules";

// GET /bank for Ghana: Mobile Money networks (type mobile_money — their codes are the
// `bank_code` of mobile_money transfer recipients) and a few banks (type ghipss).

type TBank = { name: string; code: string; type: "mobile_money" | "ghipss"; id: number };

const GHIPSS: TBank[] = [
  { name: "Absa Bank Ghana Ltd", code: "030100", type: "ghipss", id: 301 },
  { name: "Access Bank", code: "280100", type: "ghipss", id: 302 },
  { name: "CalBank PLC", code: "140100", type: "ghipss", id: 303 },
  { name: "Ecobank Ghana Ltd", code: "130100", type: "ghipss", id: 304 },
  { name: "Fidelity Bank Ghana", code: "240100", type: "ghipss", id: 305 },
  { name: "GCB Bank Limited", code: "040100", type: "ghipss", id: 306 },
  { name: "Stanbic Bank Ghana Ltd", code: "190100", type: "ghipss", id: 307 },
];

const MOMO: TBank[] = Object.values(MOBILE_MONEY_PROVIDERS).map((p) => ({
  name: p.name,
  code: p.code,
  type: "mobile_money" as const,
  id: p.id,
}));

export function bankJson(b: TBank) {
  return {
    name: b.name,
    slug: b.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/-$/, ""),
    code: b.code,
    longcode: "",
    gateway: null,
    pay_with_bank: false,
    supports_transfer: true,
    active: true,
    is_deleted: false,
    country: "Ghana",
    currency: "GHS",
    type: b.type,
    id: b.id,
    createdAt: "2020-01-01T00:00:00.000Z",
    updatedAt: "2020-01-01T00:00:00.000Z",
  };
}

/** Banks of a type ("mobile_money" / "ghipss"), or all Ghanaian ones. */
export function listBanks(type: string | null): TBank[] {
  if (type === "mobile_money") return MOMO;
  if (type === "ghipss") return GHIPSS;
  return [...GHIPSS, ...MOMO];
}

export function findBank(type: string, code: string): TBank | undefined {
  return listBanks(type).find((b) => b.code.toLowerCase() === code.toLowerCase());
}
