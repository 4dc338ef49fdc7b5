/**
 * Shopify Analytics reports that list order ids with their UTM values
 * ("Orders over time" with UTM dimensions, formats/README.md §2). They hold
 * no amounts: each row lends its tracked-link parameters to an order already
 * imported from the orders export. One order may fill several rows (one per
 * line item and attribution value); the first value of each parameter wins.
 */

import type { OrderFormat } from './types';

export const shopifyUtmReport: OrderFormat = {
  id: 'shopify-utm-report',
  label: 'Shopify Analytics report with UTM values',
  detect: (h) =>
    (h.has('Order ID') || h.has('Order name')) &&
    !h.has('Lineitem name') &&
    ['Order UTM source', 'UTM campaign source', 'UTM campaign', 'UTM campaign name', 'Order UTM campaign'].some((c) =>
      h.has(c),
    ),
  groupBy: 'orderId',
  scattered: true,
  utmOnly: true,
  columns: {
    orderId: ['Order ID', 'Order name'],
    utmSource: ['Order UTM source', 'UTM campaign source', 'UTM source'],
    utmMedium: ['Order UTM medium', 'UTM campaign medium', 'UTM medium'],
    utmCampaign: ['Order UTM campaign', 'UTM campaign name', 'UTM campaign'],
    utmContent: ['Order UTM content', 'UTM campaign content', 'UTM content'],
    landingUrl: ['Order landing page URL', 'Landing page URL'],
  },
};
