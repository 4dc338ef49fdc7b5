/**
 * What the import end-to-end tests share: a small Shopify orders export in the
 * real 79-column layout (one row per line item, order fields on the first row),
 * a pilot whose creators' codes it carries, and a real drag-and-drop of a file
 * onto the window.
 */

import type { Page } from '@playwright/test';
import type { Pilotdesk } from './fixtures';

/** The 2025–2026 Shopify header (shared/formats/README.md §1.1). */
const SHOPIFY_HEADER =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References'.split(
    ',',
  );

export interface ShopOrder {
  name: string;
  id: string;
  email: string;
  createdAt: string;
  status: string;
  subtotal: string;
  shipping: string;
  taxes: string;
  total: string;
  code: string;
  discount: string;
  cancelledAt?: string;
  refunded?: string;
  lines: { qty: number; name: string; price: string; sku: string }[];
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The export as Shopify writes it: continuation rows repeat only name, email, date and the line columns. */
export function shopifyExport(orders: ShopOrder[]): string {
  const rows = [SHOPIFY_HEADER.join(',')];
  for (const o of orders) {
    o.lines.forEach((line, i) => {
      const cells: Record<string, string> = {
        Name: o.name,
        Email: o.email,
        'Created at': o.createdAt,
        'Lineitem quantity': String(line.qty),
        'Lineitem name': line.name,
        'Lineitem price': line.price,
        'Lineitem sku': line.sku,
        'Lineitem requires shipping': 'true',
        'Lineitem taxable': 'true',
        'Lineitem fulfillment status': 'fulfilled',
        Vendor: 'Lumen Skin',
        'Lineitem discount': '0.00',
      };
      if (i === 0) {
        Object.assign(cells, {
          'Financial Status': o.status,
          'Paid at': o.status === 'pending' ? '' : o.createdAt,
          'Fulfillment Status': 'fulfilled',
          'Accepts Marketing': 'no',
          Currency: 'EUR',
          Subtotal: o.subtotal,
          Shipping: o.shipping,
          Taxes: o.taxes,
          Total: o.total,
          'Discount Code': o.code,
          'Discount Amount': o.discount,
          'Shipping Method': 'Standard',
          'Billing Name': 'Xvbn Qwert',
          'Billing Zip': "'10115",
          'Billing Country': 'DE',
          'Cancelled at': o.cancelledAt ?? '',
          'Payment Method': 'Shopify Payments',
          'Refunded Amount': o.refunded ?? '0.00',
          'Outstanding Balance': '0.00',
          Id: o.id,
          'Risk Level': 'Low',
          Source: 'web',
        });
      }
      rows.push(SHOPIFY_HEADER.map((h) => csvCell(cells[h] ?? '')).join(','));
    });
  }
  return `${rows.join('\n')}\n`;
}

const line = (name: string, price: string, sku: string, qty = 1) => ({ qty, name, price, sku });

/**
 * Seven rows, six orders: two with Mara's code (one typed in lower case), one
 * with Lena's, one without a code, one cancelled, and one whose "code" is a
 * TikTok Shop discount title that must match nobody.
 */
export const AUTUMN_ORDERS: ShopOrder[] = [
  {
    name: '#1001',
    id: '6954779508001',
    email: 'a1@example.com',
    createdAt: '2026-09-05 10:12:00 +0200',
    status: 'paid',
    subtotal: '51.00',
    shipping: '4.90',
    taxes: '9.69',
    total: '55.90',
    code: 'MARA15',
    discount: '9.00',
    lines: [line('Glow Serum 30ml', '45.00', 'GS-30'), line('Lip Balm', '15.00', 'LB-01')],
  },
  {
    name: '#1002',
    id: '6954779508002',
    email: 'a2@example.com',
    createdAt: '2026-09-07 18:40:11 +0200',
    status: 'paid',
    subtotal: '40.50',
    shipping: '4.90',
    taxes: '7.70',
    total: '45.40',
    code: 'LENA10',
    discount: '4.50',
    lines: [line('Glow Serum 30ml', '45.00', 'GS-30')],
  },
  {
    name: '#1003',
    id: '6954779508003',
    email: 'a3@example.com',
    createdAt: '2026-09-12 09:01:45 +0200',
    status: 'paid',
    subtotal: '38.25',
    shipping: '0.00',
    taxes: '7.27',
    total: '38.25',
    code: 'mara15',
    discount: '6.75',
    lines: [line('Night Cream', '45.00', 'NC-50')],
  },
  {
    name: '#1004',
    id: '6954779508004',
    email: 'a4@example.com',
    createdAt: '2026-09-15 14:22:00 +0200',
    status: 'paid',
    subtotal: '30.00',
    shipping: '4.90',
    taxes: '5.70',
    total: '34.90',
    code: '',
    discount: '0.00',
    lines: [line('Lip Balm', '15.00', 'LB-01', 2)],
  },
  {
    name: '#1005',
    id: '6954779508005',
    email: 'a5@example.com',
    createdAt: '2026-09-18 11:00:00 +0200',
    status: 'paid',
    subtotal: '38.25',
    shipping: '4.90',
    taxes: '7.27',
    total: '43.15',
    code: 'MARA15',
    discount: '6.75',
    cancelledAt: '2026-09-18 15:30:00 +0200',
    lines: [line('Night Cream', '45.00', 'NC-50')],
  },
  {
    name: '#1006',
    id: '6954779508006',
    email: 'a6@example.com',
    createdAt: '2026-09-20 20:15:00 +0200',
    status: 'paid',
    subtotal: '40.00',
    shipping: '4.90',
    taxes: '7.60',
    total: '44.90',
    code: 'Seller discount',
    discount: '5.00',
    lines: [line('Glow Serum 30ml', '45.00', 'GS-30')],
  },
];

/** Lumen Skin's autumn pilot with three creators; Mara and Lena have the codes the export carries. */
export async function autumnPilot(app: Pilotdesk) {
  const pilot = await app.call('pilots.create', {
    name: 'Autumn serum pilot',
    brand: 'Lumen Skin',
    currency: 'EUR',
    startDate: '2026-09-01',
    endDate: '2026-10-31',
    status: 'live',
  });
  const creator = (name: string, handle: string, discountCode?: string) =>
    app.call('creators.add', {
      pilotId: pilot.id,
      name,
      handles: [{ platform: 'instagram', handle }],
      // Taking part without the go-live paperwork: these tests are about imports and attribution, not the gate.
      stage: 'contracted',
      ...(discountCode ? { discountCode } : {}),
    });
  const mara = await creator('Mara Vogel', 'mara.glow', 'MARA15');
  const lena = await creator('Lena Hart', 'lenahart', 'LENA10');
  const jo = await creator('Jo Park', 'jopark', 'JOPARK20');
  return { pilot, mara, lena, jo };
}

/** Drags a file over the window and drops it, as a user does from the file manager. */
export async function dropFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const base64 = Buffer.from(content).toString('base64');
  const transfer = await page.evaluateHandle(
    ([fileName, data]) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], fileName));
      return dt;
    },
    [name, base64] as const,
  );
  const target = page.locator('main');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByText('Drop to import').waitFor();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}
