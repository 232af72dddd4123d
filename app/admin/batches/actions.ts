"use server";
// Batch operations from /admin/batches. Every change goes through its lib/batches use case
// (the cut-off job uses the same ones) and is written to the audit log.
import { z } from "zod";
import { createBatch, ZCreateBatchForm } from "@/lib/batches/create-batch";
import { ZAdminBatchTransition } from "@/lib/batches/schemas";
import { transitionBatch } from "@/lib/batches/transition-batch";
import { updateBatch, ZUpdateBatchInput } from "@/lib/batches/update-batch";
import type { BatchStatus } from "@/lib/generated/prisma/enums";
import { action } from "@/lib/http/action";

type TTransitioned = { code: string; from: BatchStatus; to: BatchStatus };

const adminActor = (userId: string) => ({ type: "ADMIN" as const, id: userId });

export const createBatchAction = action(
  {
    permission: "admin:batches",
    input: ZCreateBatchForm,
    revalidate: ["/admin/batches"],
    audit: (input, batch: { id: string }) => ({
      action: "batch.create",
      entityType: "Batch",
      entityId: batch.id,
      after: input,
    }),
  },
  async (input, { user }) => {
    const batch = await createBatch({ ...input, actor: adminActor(user.id) });
    return { id: batch.id, code: batch.code };
  },
);

export const updateBatchAction = action(
  {
    permission: "admin:batches",
    input: ZUpdateBatchInput.omit({ actor: true }).extend({ code: z.string().min(1).max(40) }),
    revalidate: ({ code }) => ["/admin/batches", `/admin/batches/${code}`],
    audit: ({ code: _code, ...input }, r: { id: string; customersNotified: number }) => ({
      action: "batch.update",
      entityType: "Batch",
      entityId: r.id,
      after: input,
      data: { customersNotified: r.customersNotified },
    }),
  },
  async ({ code: _code, ...input }, { user }) => {
    const r = await updateBatch({ ...input, actor: adminActor(user.id) });
    return { id: r.batch.id, customersNotified: r.customersNotified };
  },
);

export const transitionBatchAction = action(
  {
    permission: "admin:batches",
    input: ZAdminBatchTransition,
    revalidate: (_input, r: TTransitioned) => ["/admin/batches", `/admin/batches/${r.code}`, "/admin"],
    audit: (input, r: TTransitioned) => ({
      action: `batch.${input.event.toLowerCase()}`,
      entityType: "Batch",
      entityId: input.batchId,
      before: { status: r.from },
      after: { status: r.to },
      data: { input },
    }),
  },
  async (input, { user }): Promise<TTransitioned> => {
    const r = await transitionBatch({ ...input, actor: adminActor(user.id) });
    return { code: r.batch.code, from: r.from, to: r.to };
  },
);
