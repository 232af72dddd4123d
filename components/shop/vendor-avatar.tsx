import Image from "next/image";
import { cn } from "@/lib/cn";

const SIZES = { md: { box: "h-12 w-12 text-base", px: 48 }, lg: { box: "h-16 w-16 text-xl", px: 64 } } as const;

/** The vendor's logo, or their initials on a brand-coloured tile. */
export function VendorAvatar({
  name,
  logoUrl,
  size = "md",
}: {
  name: string;
  logoUrl: string | null;
  size?: keyof typeof SIZES;
}) {
  const s = SIZES[size];
  if (logoUrl) {
    return (
      <Image
        src={logoUrl}
        alt=""
        width={s.px}
        height={s.px}
        className={cn("shrink-0 rounded-card object-cover ring-1 ring-black/5", s.box)}
      />
    );
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join("");
  return (
    <span
      aria-hidden="true"
      className={cn("grid shrink-0 place-items-center rounded-card bg-brand-100 font-bold text-brand-800", s.box)}
    >
      {initials}
    </span>
  );
}
