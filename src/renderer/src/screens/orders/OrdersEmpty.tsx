import { ImportFileButton } from '../../components/ImportFileButton';

/** No orders in the workspace yet: how to bring them in. */
export function OrdersEmpty() {
  return (
    <section className="empty-state" aria-labelledby="orders-empty-title">
      <h2 id="orders-empty-title">No orders yet</h2>
      <p className="muted">
        Export the orders from your shop's admin (Shopify, WooCommerce, Squarespace, Etsy, Square, BigCommerce, or any
        CSV or spreadsheet) and drop the file anywhere on this window. You will see a preview before anything is
        written.
      </p>
      <ImportFileButton label="Import an orders export" kind="orders" primary />
    </section>
  );
}
