// `npm run ledger:check`: recompute every balance from the ledger lines, verify every
// journal sums to zero and the account/payment invariants hold; print a table; exit 1 on
// any problem. Run with --conditions=react-server (lib/ modules import "server-only").
import { checkLedger } from "@/lib/ledger/check-ledger";
import { prisma } from "@/lib/db";
import { formatMoney } from "@/lib/money";

const result = await checkLedger();

const rows = result.balances.map((b) => ({
  account: b.account,
  lines: String(b.lineCount),
  balance: formatMoney(b.balanceMinor),
  signed: String(b.signedMinor),
}));
const header = { account: "account", lines: "lines", balance: "balance (normal side)", signed: "signed sum (Dr+ Cr−)" };
const widths = {
  account: Math.max(header.account.length, ...rows.map((r) => r.account.length)),
  lines: Math.max(header.lines.length, ...rows.map((r) => r.lines.length)),
  balance: Math.max(header.balance.length, ...rows.map((r) => r.balance.length)),
  signed: Math.max(header.signed.length, ...rows.map((r) => r.signed.length)),
};
const fmt = (r: typeof header) =>
  `${r.account.padEnd(widths.account)}  ${r.lines.padStart(widths.lines)}  ${r.balance.padStart(widths.balance)}  ${r.signed.padStart(widths.signed)}`;
console.log(fmt(header));
console.log("-".repeat(fmt(header).length));
for (const r of rows) console.log(fmt(r));
const total = result.balances.reduce((a, b) => a + b.signedMinor, 0);
console.log("-".repeat(fmt(header).length));
console.log(`${result.journalCount} journals, ${result.lineCount} lines, sum of all lines ${total} (must be 0)`);
if (total !== 0) result.problems.push(`the lines of the whole ledger sum to ${total}`);

if (result.problems.length > 0) {
  console.error(`\nledger:check FAILED — ${result.problems.length} problem(s):`);
  for (const p of result.problems.slice(0, 200)) console.error(`  - ${p}`);
  await prisma.$disconnect();
  process.exit(1);
}
console.log("\nledger:check OK");
await prisma.$disconnect();
