// A cart, checkout or order line shows the photo of its variant (the black pair for the black
// sneakers), with that photo's alt text, not the product's first photo.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { quoteCart } from "@/lib/cart/quote-cart";
import { priceCheckoutLines } from "@/lib/checkout/price-lines";
import { getCustomerOrderOrThrow } from "@/lib/orders/get-customer-order";
import { shopFor } from "../support/money-flows";

/** Sneakers in White (first photo) and Black, and a size-only variant with no photo of its own. */
async function sneakers() {
  const s = await shopFor([{ stockOnHand: 5 }, { stockOnHand: 5 }, { stockOnHand: 5 }]);
  const [white, black, plain] = s.variants as [(typeof s.variants)[0], (typeof s.variants)[0], (typeof s.variants)[0]];
  await prisma.variant.update({ where: { id: white.id }, data: { options: { Size: "UK 9", Colour: "White" } } });
  await prisma.variant.update({ where: { id: black.id }, data: { options: { Size: "UK 9", Colour: "Black" } } });
  await prisma.variant.update({ where: { id: plain.id }, data: { options: { Size: "S" } } });
  const photo = (colour: string, position: number) => ({
    productId: s.product.id,
    url: `/images/test/sneakers-${colour.toLowerCase()}.webp`,
    alt: `Court Sneakers — ${colour}`,
    width: 800,
    height: 800,
    position,
  });
  await prisma.productImage.createMany({ data: [photo("White", 0), photo("Black", 1)] });
  return { s, white, black, plain };
}

describe("line images follow the variant", () => {
  it("cart quote (cart page, mini-cart, checkout review): the variant's photo and alt", async () => {
    const { white, black, plain } = await sneakers();
    const q = await quoteCart({
      lines: [
        { variantId: black.id, quantity: 1 },
        { variantId: white.id, quantity: 1 },
        { variantId: plain.id, quantity: 1 },
      ],
    });
    const image = (id: string) => q.lines.find((l) => l.variantId === id)?.image;
    expect(image(black.id)).toMatchObject({ url: "/images/test/sneakers-black.webp", alt: "Court Sneakers — Black" });
    expect(image(white.id)).toMatchObject({ url: "/images/test/sneakers-white.webp", alt: "Court Sneakers — White" });
    // no photo names "S" ("Sneakers" does not end with it as a word): the product's first photo
    expect(image(plain.id)).toMatchObject({ url: "/images/test/sneakers-white.webp" });
  });

  it("checkout lines and the order line snapshot (order pages): the variant's photo", async () => {
    const { s, black } = await sneakers();
    const priced = await priceCheckoutLines({ lines: [{ variantId: black.id, quantity: 1 }], platformFeeBps: 1000 });
    expect(priced[0]!.imageUrl).toBe("/images/test/sneakers-black.webp");

    const placed = await s.place([{ variantId: black.id, quantity: 1 }]);
    const order = await getCustomerOrderOrThrow({ customerId: s.shopper.id, number: placed.order.number });
    const lines = order.vendors.flatMap((v) => v.shipments.flatMap((sh) => sh.lines));
    expect(lines.map((l) => l.imageUrl)).toEqual(["/images/test/sneakers-black.webp"]);
  });
});
