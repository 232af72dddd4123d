import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { BadgeCheck, Boxes, Clock, Store, Wallet, XCircle } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { signInPath } from "@/lib/auth/guards";
import { getSessionUser } from "@/lib/auth/session";
import { listCategories } from "@/lib/catalog/list-categories";
import { formatDate } from "@/lib/dates";
import { listActiveOrigins } from "@/lib/vendors/list-active-origins";
import { getVendorApplication, type TVendorApplication } from "@/lib/vendors/get-vendor-application";
import { loadPayoutOptions } from "@/lib/vendors/payout-account";
import { formatGhanaPhone } from "@/lib/addresses/schemas";
import { ApplicationForm, type TApplicationDefaults } from "./_components/application-form";
import { submitVendorApplicationAction } from "./actions";

export const metadata: Metadata = { title: "Sell on Londom Imports" };

const STEPS = [
  {
    icon: BadgeCheck,
    title: "Apply",
    text: "Tell us about your business and where you source from. We review every vendor.",
  },
  {
    icon: Boxes,
    title: "List and source",
    text: "List products with sizes, colours and prices. Buy what customers have paid for before each batch cut-off.",
  },
  {
    icon: Wallet,
    title: "Get paid",
    text: "Hand items to our consolidation partner. Your earnings are paid to your bank or Mobile Money after delivery.",
  },
] as const;

export default async function SellPage() {
  const user = await getSessionUser();
  const application = user ? await getVendorApplication({ userId: user.id }) : null;

  if (!user) {
    return (
      <Intro>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href={`/sign-up?callbackUrl=${encodeURIComponent("/sell")}`} className={buttonClasses({ size: "lg" })}>
            Create an account to apply
          </Link>
          <Link href={signInPath("/sell")} className={buttonClasses({ size: "lg", variant: "outline" })}>
            Sign in to apply
          </Link>
        </div>
        <p className="mt-3 text-sm text-ink-muted">
          Applying takes about five minutes: your business, where you source, sample links and how you want to be paid.{" "}
          <Link href="/help" className="font-semibold text-brand-700 underline">
            Read the FAQ
          </Link>
        </p>
      </Intro>
    );
  }

  if (application && !(application.status === "REJECTED" && application.role === "OWNER")) {
    return <ApplicationStatus application={application} />;
  }

  const [origins, categories, payoutOptions] = await Promise.all([
    listActiveOrigins(),
    listCategories(),
    loadPayoutOptions(),
  ]);
  const topLevel = categories.filter((c) => c.parentId === null).map((c) => ({ slug: c.slug, name: c.name }));

  return (
    <div className="mx-auto max-w-3xl pt-6 pb-12">
      {application ? (
        <>
          <StatusCard
            tone="danger"
            icon={<XCircle aria-hidden="true" className="h-6 w-6" />}
            title="Application not approved"
          >
            <p>
              We could not approve {application.name}
              {application.rejectedAt ? ` (${formatDate(application.rejectedAt)})` : ""}.
            </p>
            {application.rejectionReason ? <p className="mt-1">Reason: {application.rejectionReason}</p> : null}
            <p className="mt-1">Update your answers below and apply again.</p>
          </StatusCard>
          <h1 className="mt-8 text-2xl font-extrabold tracking-tight text-ink">Apply again</h1>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-extrabold tracking-tight text-ink">Apply to sell on Londom Imports</h1>
          <p className="mt-2 text-ink-muted">
            Customers in Ghana pay upfront in cedis; we consolidate, ship, deliver and collect. You source and get paid.
          </p>
        </>
      )}
      <div className="mt-6 rounded-card bg-surface p-5 shadow-card ring-1 ring-black/5 sm:p-6">
        <ApplicationForm
          origins={origins}
          categories={topLevel}
          payoutOptions={payoutOptions}
          defaults={application ? defaultsFrom(application) : { contactEmail: user.email }}
          submitLabel={application ? "Apply again" : "Send application"}
          submit={submitVendorApplicationAction}
        />
      </div>
    </div>
  );
}

function defaultsFrom(a: TVendorApplication): TApplicationDefaults {
  return {
    businessName: a.name,
    originId: a.originId,
    contactEmail: a.contactEmail,
    ...(a.contactPhone
      ? { contactPhone: a.contactPhone.startsWith("+233") ? formatGhanaPhone(a.contactPhone) : a.contactPhone }
      : {}),
    categories: a.categories,
    sampleLinks: a.sampleLinks,
    ...(a.note ? { note: a.note } : {}),
    ...(a.payout
      ? {
          payout:
            a.payout.type === "BANK"
              ? {
                  type: "BANK",
                  bankCode: a.payout.bankCode,
                  accountNumber: a.payout.accountNumber,
                  accountName: a.payout.accountName,
                }
              : {
                  type: "MOBILE_MONEY",
                  network: a.payout.bankCode,
                  accountNumber: a.payout.accountNumber,
                  accountName: a.payout.accountName,
                },
        }
      : {}),
  };
}

function ApplicationStatus({ application: a }: { application: TVendorApplication }) {
  return (
    <div className="mx-auto max-w-2xl pt-6 pb-12">
      <h1 className="text-2xl font-extrabold tracking-tight text-ink sm:text-3xl">Selling on Londom Imports</h1>
      <div className="mt-6" data-testid="application-status" data-status={a.status}>
        {a.status === "PENDING" ? (
          <StatusCard
            tone="warning"
            icon={<Clock aria-hidden="true" className="h-6 w-6" />}
            title="Application received"
          >
            <p>
              You applied for <strong>{a.name}</strong> on {formatDate(a.submittedAt)}. We review every application,
              usually within two working days, and email {a.contactEmail} with the decision.
            </p>
          </StatusCard>
        ) : a.status === "ACTIVE" ? (
          <StatusCard
            tone="brand"
            icon={<Store aria-hidden="true" className="h-6 w-6" />}
            title={`${a.name} is selling`}
          >
            <p>Your shop is approved. List products, work your orders and see your earnings in the vendor dashboard.</p>
            <Link href="/vendor" className={buttonClasses({ className: "mt-4" })}>
              Go to the vendor dashboard
            </Link>
          </StatusCard>
        ) : a.status === "SUSPENDED" ? (
          <StatusCard
            tone="danger"
            icon={<XCircle aria-hidden="true" className="h-6 w-6" />}
            title={`${a.name} is suspended`}
          >
            <p>Your products are hidden from the storefront and cannot be bought.</p>
            {a.suspensionReason ? <p className="mt-1">Reason: {a.suspensionReason}</p> : null}
            <Link href="/vendor" className={buttonClasses({ variant: "outline", className: "mt-4" })}>
              Go to the vendor dashboard
            </Link>
          </StatusCard>
        ) : (
          <StatusCard
            tone="danger"
            icon={<XCircle aria-hidden="true" className="h-6 w-6" />}
            title="Application not approved"
          >
            <p>The application for {a.name} was not approved.</p>
            {a.rejectionReason ? <p className="mt-1">Reason: {a.rejectionReason}</p> : null}
            <p className="mt-1">Ask the business owner to apply again.</p>
          </StatusCard>
        )}
      </div>
    </div>
  );
}

function StatusCard({
  tone,
  icon,
  title,
  children,
}: {
  tone: "warning" | "danger" | "brand";
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  const colour = { warning: "text-warning-700", danger: "text-danger-700", brand: "text-brand-700" }[tone];
  return (
    <section className="rounded-card bg-surface p-5 shadow-card ring-1 ring-black/5 sm:p-6">
      <div className={`flex items-center gap-3 ${colour}`}>
        {icon}
        <h2 className="text-lg font-bold">{title}</h2>
      </div>
      <div className="mt-3 text-sm leading-6 text-ink">{children}</div>
    </section>
  );
}

function Intro({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-4xl pt-6 pb-12">
      <h1 className="text-3xl font-extrabold tracking-tight text-ink sm:text-4xl">
        Sell to Ghana without shipping a single parcel
      </h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">
        Customers pay upfront in cedis. We consolidate, ship, deliver and collect — you source and get paid.
      </p>
      <ol className="mt-8 grid gap-4 md:grid-cols-3">
        {STEPS.map(({ icon: Icon, title, text }, i) => (
          <li key={title} className="rounded-card bg-surface p-5 ring-1 ring-black/5">
            <Icon aria-hidden="true" className="h-6 w-6 text-brand-700" />
            <h2 className="mt-3 font-bold text-ink">
              {i + 1}. {title}
            </h2>
            <p className="mt-1 text-sm leading-6 text-ink-muted">{text}</p>
          </li>
        ))}
      </ol>
      {children}
    </div>
  );
}
