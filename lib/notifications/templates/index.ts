import "server-only";
import { formatArrivalWindow, formatDate } from "@/lib/dates";

// What each outbox row says. SMS: one short line (GSM-7 where the data allows); email: subject,
// text and a simple HTML part (escaped). Unknown keys fall back to a generic, still honest text,
// so a new event never blocks the sender.

export type TRendered = { sms: string; subject: string; text: string; html: string };
type TData = Record<string, unknown>;

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const order = (d: TData) => str(d.orderNumber);

type TTemplate = (d: TData) => { sms: string; subject: string; text: string };

const TEMPLATES: Record<string, TTemplate> = {
  "order.placed": (d) => ({
    sms: `Londom: order ${order(d)} placed. We will text you as it moves.`,
    subject: `Order ${order(d)} placed`,
    text: `Thank you. Your order ${order(d)} is placed. We will tell you when it is paid, shipped and on its way to you.`,
  }),
  "payment.received": (d) => ({
    sms: `Londom: ${str(d.amount)} received for order ${order(d)}. Thank you!`,
    subject: `Payment received for order ${order(d)}`,
    text: `We received ${str(d.amount)} for order ${order(d)} (reference ${str(d.reference)}).`,
  }),
  "payment.failed": (d) => ({
    sms: `Londom: a payment for order ${order(d)} did not go through. Try again in your account.`,
    subject: `Payment for order ${order(d)} did not go through`,
    text: `A payment for order ${order(d)} did not go through. No money was taken; you can pay again from your order page.`,
  }),
  "order.shipped": (d) => {
    const win =
      d.arrivalWindowStart && d.arrivalWindowEnd
        ? formatArrivalWindow(str(d.arrivalWindowStart), str(d.arrivalWindowEnd))
        : "";
    return {
      sms: `Londom: order ${order(d)} shipped (${str(d.carrier)} ${str(d.trackingNumber)}). Arrives ${win}.`,
      subject: `Order ${order(d)} has shipped`,
      text: `Order ${order(d)} has shipped with ${str(d.carrier)}, tracking ${str(d.trackingNumber)}. Expected in Ghana ${win}.`,
    };
  },
  "order.arrival_changed": (d) => ({
    sms: `Londom: order ${order(d)} has a new arrival date. See your order page.`,
    subject: `New arrival date for order ${order(d)}`,
    text: `The arrival date of order ${order(d)} changed. Your order page shows the new window.`,
  }),
  "order.balance_due": (d) => ({
    sms: `Londom: order ${order(d)} arrived. Balance ${str(d.balance ?? d.amount)} due. Pay in your account.`,
    subject: `Order ${order(d)} arrived: balance due`,
    text: `Order ${order(d)} has arrived in Ghana. A balance of ${str(d.balance ?? d.amount)} is due before delivery.`,
  }),
  "delivery.out_for_delivery": (d) => ({
    sms: `Londom: order ${order(d)} is out for delivery today. Code: ${str(d.code ?? d.deliveryCode)}`,
    subject: `Order ${order(d)} is out for delivery`,
    text: `Order ${order(d)} is out for delivery today. Give the rider this code: ${str(d.code ?? d.deliveryCode)}.`,
  }),
  "delivery.delivered": (d) => ({
    sms: `Londom: order ${order(d)} delivered. Thank you for shopping with us!`,
    subject: `Order ${order(d)} delivered`,
    text: `Order ${order(d)} was delivered. Thank you for shopping with Londom Imports.`,
  }),
  "delivery.failed": (d) => ({
    sms: `Londom: we could not deliver order ${order(d)}. We will contact you to try again.`,
    subject: `We could not deliver order ${order(d)}`,
    text: `We could not deliver order ${order(d)} today. We will contact you to arrange another attempt.`,
  }),
  "refund.processed": (d) => ({
    sms: `Londom: refund of ${str(d.amount)} for order ${order(d)} processed.`,
    subject: `Refund processed for order ${order(d)}`,
    text: `A refund of ${str(d.amount)} for order ${order(d)} was processed.`,
  }),
  "vendor.payout_paid": (d) => ({
    sms: `Londom: payout of ${str(d.amount)} sent to you.`,
    subject: `Payout of ${str(d.amount)} sent`,
    text: `A payout of ${str(d.amount)} was sent to your account.`,
  }),
};

function humanise(key: string): string {
  return key.replace(/^[a-z]+\./, "").replaceAll("_", " ");
}

const escapeHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

export function hasTemplate(key: string): boolean {
  return key in TEMPLATES;
}

export function renderNotification(templateKey: string, data: TData, now: Date = new Date()): TRendered {
  const t =
    TEMPLATES[templateKey]?.(data) ??
    (() => {
      const what = humanise(templateKey);
      const about = order(data) ? ` for order ${order(data)}` : "";
      return {
        sms: `Londom: update${about}: ${what}.`,
        subject: `Update${about}: ${what}`,
        text: `There is an update${about}: ${what}. See your account for details (${formatDate(now)}).`,
      };
    })();
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:560px;margin:auto;padding:16px"><h1 style="font-size:18px">${escapeHtml(t.subject)}</h1><p>${escapeHtml(t.text)}</p><p style="color:#666;font-size:12px">Londom Imports</p></body></html>`;
  return { ...t, html };
}
