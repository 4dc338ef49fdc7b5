/** Column names several layouts share. */

export const UTM_COLUMNS = {
  landingUrl: ['Landing Page', 'Landing Site', 'Browser: Landing Page', 'Landing page URL'],
  utmSource: ['UTM Source', 'Browser: UTM Source', 'utm_source', 'Order UTM source'],
  utmMedium: ['UTM Medium', 'Browser: UTM Medium', 'utm_medium'],
  utmCampaign: ['UTM Campaign', 'Browser: UTM Campaign', 'utm_campaign', 'UTM campaign source'],
  utmContent: ['UTM Content', 'Browser: UTM Content', 'utm_content'],
} as const;

/** WooCommerce order-attribution meta (WC 8.5+), as export plugins name the columns. */
export const WOO_ATTRIBUTION_COLUMNS = {
  landingUrl: ['meta:_wc_order_attribution_session_entry', '_wc_order_attribution_session_entry'],
  utmSource: ['meta:_wc_order_attribution_utm_source', '_wc_order_attribution_utm_source'],
  utmMedium: ['meta:_wc_order_attribution_utm_medium', '_wc_order_attribution_utm_medium'],
  utmCampaign: ['meta:_wc_order_attribution_utm_campaign', '_wc_order_attribution_utm_campaign'],
  utmContent: ['meta:_wc_order_attribution_utm_content', '_wc_order_attribution_utm_content'],
} as const;

/** Splits "key:value|key:value;key:value|..." cells (WooCommerce plugins' coupon_items and line items). */
export function packedEntries(cell: string): Array<Record<string, string>> {
  return cell
    .split(';')
    .map((entry) => {
      const out: Record<string, string> = {};
      for (const part of entry.split('|')) {
        const at = part.indexOf(':');
        if (at > 0) out[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).trim();
      }
      return out;
    })
    .filter((e) => Object.keys(e).length > 0);
}
