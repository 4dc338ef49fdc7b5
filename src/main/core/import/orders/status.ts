/**
 * Shops name payment states differently; these are the words seen in their
 * exports, mapped onto Shopify's financial statuses (METRICS.md counts by
 * those). A word not listed stays unknown, and such orders do not count.
 */

const STATUSES: Record<string, string> = {
  paid: 'paid',
  completed: 'paid',
  complete: 'paid',
  processing: 'paid',
  shipped: 'paid',
  fulfilled: 'paid',
  success: 'paid',
  succeeded: 'paid',
  captured: 'paid',
  awaiting_fulfillment: 'paid',
  awaiting_shipment: 'paid',
  awaiting_pickup: 'paid',
  partially_shipped: 'paid',
  authorized: 'authorized',
  partially_paid: 'partially_paid',
  partially_refunded: 'partially_refunded',
  refunded: 'refunded',
  pending: 'pending',
  on_hold: 'pending',
  awaiting_payment: 'pending',
  unpaid: 'pending',
  incomplete: 'pending',
  checkout_draft: 'pending',
  draft: 'pending',
  voided: 'voided',
  void: 'voided',
  failed: 'voided',
  declined: 'voided',
  expired: 'expired',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  trash: 'cancelled',
};

const seen = new Map<string, string>();

/** The financial status for a status cell; `cancelled` comes back as its own word. */
export function normaliseStatus(text: string): string {
  let status = seen.get(text);
  if (status === undefined) {
    status = statusOf(text);
    if (seen.size < 1000) seen.set(text, status);
  }
  return status;
}

function statusOf(text: string): string {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/^wc-/, '')
    .replace(/[\s-]+/g, '_');
  return STATUSES[key] ?? (key ? `unknown: ${text.trim().slice(0, 40)}` : 'unknown');
}

/** Shopify's test gateway and the tags shops use for test orders. */
export function isTestOrder(paymentMethod: string | undefined, tags: string | undefined): boolean {
  if (paymentMethod && /bogus|\(for testing\)|test gateway/i.test(paymentMethod)) return true;
  if (!tags) return false;
  return tags.split(',').some((t) => /^(test|test order)$/i.test(t.trim()));
}
