import Link from "next/link";

/** Wordmark: a plane-tail monogram and the name; the link home. */
export function Logo({ isInverted = false }: { isInverted?: boolean }) {
  return (
    <Link href="/" className="flex shrink-0 items-center gap-2 rounded-control" aria-label="Londom Imports — home">
      <svg viewBox="0 0 32 32" className="h-8 w-8" aria-hidden="true">
        <rect width="32" height="32" rx="9" fill={isInverted ? "#ffffff" : "#0b6e48"} />
        <path
          d="M10 8v16h12"
          stroke={isInverted ? "#0b6e48" : "#ffffff"}
          strokeWidth="3.2"
          strokeLinecap="round"
          strokeLinejoin="round"
          fill="none"
        />
        <circle cx="22.5" cy="10.5" r="2.6" fill="#f5b83d" />
      </svg>
      <span
        className={
          isInverted
            ? "text-lg font-extrabold tracking-tight text-white"
            : "text-lg font-extrabold tracking-tight text-ink"
        }
      >
        Londom<span className={isInverted ? "text-accent-400" : "text-brand-600"}> Imports</span>
      </span>
    </Link>
  );
}
