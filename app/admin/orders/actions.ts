"use server";
// Order operations from /admin/orders/[number]. Every change goes through its lib/orders use
// case (the customer's cancel and the batch lifecycle use the same ones), asks for a reason,
// and is written to the audit log. Notes and resends are support's (admin:orders); anything
// that sends money back is ops' (admin:orders:manage).
import { z } from "zod";
import { action } from "@/lib/http/action";
import { addOrderNote, ZAddOrderNote } from "@/lib/orders/add-order-note";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { markLineUnavailable } from "@/lib/orders/mark-line-unavailable";
import { resendNotification } from "@/lib/orders/resend-notification";

const adminActor = (userId: string) => ({ type: "ADMIN" as const, id: userId });
const ZOrderNumber = z.string().trim().min(1).max(40);
const ZReason = z
  .string()
  .trim()
  .min(3, "Say why (at least a few words)")
  .max(500, "Keep the reason under 500 characters");
const revalidateOrder = ({ orderNumber }: { orderNumber: string }) => [
  "/admin/orders",
  `/admin/orders/${orderNumber}`,
  "/admin",
];

export const addOrderNoteAction = action(
  {
    permission: "admin:orders",
    input: ZAddOrderNote,
    revalidate: (input) => [`/admin/orders/${input.orderNumber}`],
    audit: (input, r: { id: string; orderId: string }) => ({
      action: "order.note",
      entityType: "Order",
      entityId: r.orderId,
      after: { note: input.note, eventId: r.id },
      data: { orderNumber: input.orderNumber },
    }),
  },
  async (input, { user }) => {
    const r = await addOrderNote({ ...input, adminId: user.id });
    return { id: r.id, orderId: r.orderId };
  },
);

const ZCancel = z.object({ orderNumber: ZOrderNumber, reason: ZReason });

type TCancelled = {
  orderId: string;
  from: string;
  to: string;
  refunds: { id: string; reference: string; amountMinor: number; status: string }[];
};

export const cancelOrderAction = action(
  {
    permission: "admin:orders:manage",
    input: ZCancel,
    revalidate: revalidateOrder,
    audit: (input, r: TCancelled) => ({
      action: "order.cancel",
      entityType: "Order",
      entityId: r.orderId,
      before: { status: r.from },
      after: { status: r.to, refunds: r.refunds },
      data: { orderNumber: input.orderNumber, reason: input.reason },
    }),
  },
  async (input, { user }): Promise<TCancelled> => {
    const r = await cancelOrder({ orderNumber: input.orderNumber, admin: { id: user.id }, reason: input.reason });
    return { orderId: r.orderId, from: r.from, to: r.status, refunds: r.refunds };
  },
);

const ZMarkUnavailable = z.object({ orderNumber: ZOrderNumber, lineId: z.string().min(1).max(40), reason: ZReason });

type TMarked = {
  orderId: string;
  lineId: string;
  before: { lineStatus: string; orderStatus: string };
  after: { lineStatus: string; orderStatus: string };
  refundMinor: number;
  refunds: { id: string; reference: string; amountMinor: number; status: string }[];
};

export const markLineUnavailableAction = action(
  {
    permission: "admin:orders:manage",
    input: ZMarkUnavailable,
    revalidate: revalidateOrder,
    audit: (input, r: TMarked) => ({
      action: "order.line_unavailable",
      entityType: "OrderLine",
      entityId: r.lineId,
      before: r.before,
      after: { ...r.after, refundMinor: r.refundMinor, refunds: r.refunds },
      data: { orderNumber: input.orderNumber, orderId: r.orderId, reason: input.reason },
    }),
  },
  async (input, { user }): Promise<TMarked> => {
    const r = await markLineUnavailable({ ...input, actor: adminActor(user.id) });
    return {
      orderId: r.orderId,
      lineId: r.lineId,
      before: { lineStatus: r.from, orderStatus: r.orderStatusBefore },
      after: { lineStatus: r.to, orderStatus: r.orderStatus },
      refundMinor: r.refundMinor,
      refunds: r.refunds,
    };
  },
);

const ZResend = z.object({ orderNumber: ZOrderNumber, notificationId: z.string().min(1).max(40), reason: ZReason });

export const resendNotificationAction = action(
  {
    permission: "admin:orders",
    input: ZResend,
    revalidate: (input) => [`/admin/orders/${input.orderNumber}`],
    audit: (input, r: { notificationId: string; copyOf: string; channel: string; recipient: string }) => ({
      action: "notification.resend",
      entityType: "Notification",
      entityId: r.copyOf,
      after: { notificationId: r.notificationId, status: "QUEUED", channel: r.channel, recipient: r.recipient },
      data: { orderNumber: input.orderNumber, reason: input.reason },
    }),
  },
  async (input, { user }) => resendNotification({ ...input, actor: adminActor(user.id) }),
);
