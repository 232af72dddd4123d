import "server-only";
import { prisma } from "@/lib/db";
import { quoteCart } from "@/lib/cart/quote-cart";
import type { TCartLine, TCartQuoteLineInput } from "@/lib/cart/schema";
import { getServerCart, mergeServerCart, replaceServerCart } from "@/lib/cart/server-cart";

// Entry points for app/ (route handlers may not touch the database client): the cart use
// cases bound to the shared client. userId always comes from the session.
export const cartService = {
  quote: (lines: readonly TCartQuoteLineInput[]) => quoteCart(prisma, lines),
  get: (userId: string) => getServerCart(prisma, userId),
  replace: (userId: string, lines: readonly TCartLine[]) => replaceServerCart(prisma, userId, lines),
  merge: (userId: string, lines: readonly TCartLine[]) => mergeServerCart(prisma, userId, lines),
};
