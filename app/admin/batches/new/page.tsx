// /admin/batches/new — a batch starts as a draft (review it, then open it) or opens at once.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, CardBody } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { listOrigins } from "@/lib/batches/list-origins";
import { requireAdminSection } from "../../_lib/guard";
import { createBatchAction } from "../actions";
import { NewBatchForm } from "./_components/new-batch-form";

export const metadata: Metadata = { title: "New batch · Admin" };

export default async function NewBatchPage() {
  await requireAdminSection("/admin/batches");
  const origins = (await listOrigins()).filter((o) => o.isActive);
  return (
    <>
      <Breadcrumbs items={[{ label: "Batches", href: "/admin/batches" }, { label: "New batch" }]} />
      <DashboardHeading
        title="New batch"
        description="Customers can pre-order into it from the moment it opens until its cut-off."
      />
      <Card className="max-w-3xl">
        <CardBody>
          <NewBatchForm origins={origins} create={createBatchAction} />
        </CardBody>
      </Card>
    </>
  );
}
