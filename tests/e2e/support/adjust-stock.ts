// A catalog write made OUTSIDE the web server, exactly as the job worker makes one: its own Node
// process (node --conditions=react-server --import tsx), the real adjustStock domain function.
// Usage (DATABASE_URL set): tests/e2e/support/adjust-stock.ts <variantId> <delta>
import { prisma } from "@/lib/db";
import { adjustStock } from "@/lib/inventory/adjust-stock";

const [variantId = "", delta = "0"] = process.argv.slice(2);
try {
  const change = Number(delta);
  const result = await adjustStock({
    variantId,
    delta: change,
    reason: change > 0 ? "RESTOCK" : "CORRECTION",
    note: "e2e: catalog cache fan-out",
  });
  console.log(JSON.stringify(result));
} finally {
  await prisma.$disconnect();
}
