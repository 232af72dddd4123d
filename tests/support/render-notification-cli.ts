// Renders one outbox notification the way the job worker does, in a plain Node process started
// with the worker's flags (tests/unit/worker-process.test.ts).
import { renderNotification } from "@/lib/notifications/templates";

const r = await renderNotification(
  "delivery.out_for_delivery",
  { orderNumber: "LI-TEST1", code: "482913" },
  "http://x",
);
console.log(JSON.stringify({ sms: r.sms, htmlHasOrder: r.html.includes("LI-TEST1") }));
