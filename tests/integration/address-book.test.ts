import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createAddress, MAX_ADDRESSES } from "@/lib/addresses/create-address";
import { deleteAddress } from "@/lib/addresses/delete-address";
import { getAddressOrThrow } from "@/lib/addresses/get-address";
import { listAddresses } from "@/lib/addresses/list-addresses";
import { setDefaultAddress } from "@/lib/addresses/set-default-address";
import { updateAddress } from "@/lib/addresses/update-address";
import type { TAddressFormValues } from "@/lib/addresses/schemas";

async function makeUser() {
  const id = randomUUID().slice(0, 8);
  return prisma.user.create({ data: { email: `addr-${id}@test.local`, name: `Ama ${id}` }, select: { id: true } });
}

async function makeZone(isActive = true) {
  const slug = `zone-${randomUUID().slice(0, 8)}`;
  return prisma.deliveryZone.create({
    data: { slug, name: `Zone ${slug}`, region: "Greater Accra", feeMinor: 2500, isActive },
  });
}

function form(zoneId: string, over: Partial<TAddressFormValues> = {}): TAddressFormValues {
  return {
    recipientName: "Ama Mensah",
    phone: "024 412 3456",
    line1: "14 Oxford Street",
    area: "Osu",
    city: "Accra",
    region: "Greater Accra",
    landmark: "Opposite the Koala supermarket",
    gpsAddress: "ga-183-8164",
    zoneId,
    ...over,
  };
}

describe("address book", () => {
  it("normalises the phone and GPS address, and makes the first address the default", async () => {
    const user = await makeUser();
    const zone = await makeZone();
    const a = await createAddress({ userId: user.id, values: form(zone.id) });
    expect(a.phone).toBe("+233244123456");
    expect(a.gpsAddress).toBe("GA-183-8164");
    expect(a.isDefault).toBe(true);
    expect(a.zone).toMatchObject({ id: zone.id, feeMinor: 2500 });
    const b = await createAddress({
      userId: user.id,
      values: form(zone.id, { line1: "2 Ring Road", phone: "+233 20 111 2222" }),
    });
    expect(b.isDefault).toBe(false);
    expect(b.phone).toBe("+233201112222");
  });

  it("rejects non-Ghanaian phones, unknown regions and inactive zones", async () => {
    const user = await makeUser();
    const zone = await makeZone();
    const closed = await makeZone(false);
    await expect(
      createAddress({ userId: user.id, values: form(zone.id, { phone: "+44 7700 900123" }) }),
    ).rejects.toThrow(/Ghana number/);
    await expect(
      createAddress({ userId: user.id, values: form(zone.id, { region: "Lagos" as never }) }),
    ).rejects.toThrow(/region/);
    await expect(createAddress({ userId: user.id, values: form(closed.id) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      createAddress({ userId: user.id, values: form(zone.id, { gpsAddress: "not a code" }) }),
    ).rejects.toThrow(/GhanaPost/);
    expect(await listAddresses({ userId: user.id })).toHaveLength(0);
  });

  it("keeps exactly one default as it moves, and promotes another when the default is deleted", async () => {
    const user = await makeUser();
    const zone = await makeZone();
    const a = await createAddress({ userId: user.id, values: form(zone.id) });
    const b = await createAddress({ userId: user.id, values: form(zone.id, { line1: "B street" }) });
    await setDefaultAddress({ userId: user.id, addressId: b.id });
    let list = await listAddresses({ userId: user.id });
    expect(list.filter((x) => x.isDefault).map((x) => x.id)).toEqual([b.id]);
    expect(list[0]?.id).toBe(b.id);

    const c = await createAddress({ userId: user.id, values: form(zone.id, { line1: "C street", isDefault: true }) });
    list = await listAddresses({ userId: user.id });
    expect(list.filter((x) => x.isDefault).map((x) => x.id)).toEqual([c.id]);

    await deleteAddress({ userId: user.id, addressId: c.id });
    list = await listAddresses({ userId: user.id });
    expect(list).toHaveLength(2);
    expect(list.filter((x) => x.isDefault)).toHaveLength(1);
    expect(list.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("updates fields but never leaves the book without a default", async () => {
    const user = await makeUser();
    const zone = await makeZone();
    const a = await createAddress({ userId: user.id, values: form(zone.id) });
    const updated = await updateAddress({
      userId: user.id,
      addressId: a.id,
      values: form(zone.id, { line1: "99 New Road", isDefault: false }),
    });
    expect(updated.line1).toBe("99 New Road");
    expect(updated.isDefault).toBe(true);
  });

  it("isolates customers: another user's address id is not found for every operation", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const zone = await makeZone();
    const a = await createAddress({ userId: owner.id, values: form(zone.id) });
    const ref = { userId: other.id, addressId: a.id };
    await expect(getAddressOrThrow(ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateAddress({ ...ref, values: form(zone.id, { line1: "Hijacked" }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setDefaultAddress(ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAddress(ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listAddresses({ userId: other.id })).toHaveLength(0);
    const still = await getAddressOrThrow({ userId: owner.id, addressId: a.id });
    expect(still.line1).toBe("14 Oxford Street");
  });

  it("caps the book size even under concurrent creates", async () => {
    const user = await makeUser();
    const zone = await makeZone();
    const results = await Promise.allSettled(
      Array.from({ length: MAX_ADDRESSES + 3 }, (_, i) =>
        createAddress({ userId: user.id, values: form(zone.id, { line1: `Street ${i}` }) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_ADDRESSES);
    const list = await listAddresses({ userId: user.id });
    expect(list).toHaveLength(MAX_ADDRESSES);
    expect(list.filter((x) => x.isDefault)).toHaveLength(1);
  });
});
