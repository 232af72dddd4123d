import "server-only";

// The emulator's public surface for the worker, tests and the hosted pages (see README.md).
export {
  installPaystackEmulator,
  isPaystackEmulatorInstalled,
  runEmulatorTick,
  startEmulatorTicker,
} from "./intercept";
export { handlePaystackRequest, PAYSTACK_API_ORIGIN } from "./router";
export { advanceEmulatorClock } from "./clock";
export { deliverPendingEmulatorWebhooks, listEmulatorWebhooks, type TWebhookRow } from "./webhooks";
export { configureEmulatorIntegration, topUpEmulatorBalance } from "./integrations";
export {
  assertPaystackEmulatorEnabled,
  checkoutCancel,
  checkoutPayWithCard,
  checkoutPayWithMobileMoney,
  checkoutSubmitOtp,
  decidePhonePrompt,
  getCheckoutView,
  isPaystackEmulatorEnabled,
  listPhonePrompts,
  type TCheckoutView,
  type TPhonePrompt,
} from "./hosted";
export { CARD_OTP, FEE_BPS, transactionFee } from "./rules";
export { initializeDevTransaction } from "./dev-initialize";
export { getEmulatorDashboard, type TEmulatorDashboard } from "./dashboard";
