/**
 * Schema 3: full creator terms (costs, CPA basis, tiers, bonus, baseline,
 * payee), the pilot's GL code, and each buyer's first order with a brand.
 */
export const terms = `
ALTER TABLE pilot_creators ADD COLUMN seeding_shipping_minor INTEGER;
ALTER TABLE pilot_creators ADD COLUMN fees_minor INTEGER;
-- CPA is paid per net order or per new customer.
ALTER TABLE pilot_creators ADD COLUMN cpa_basis TEXT NOT NULL DEFAULT 'net_order'
  CHECK (cpa_basis IN ('net_order', 'new_customer'));
-- Rates above the base commission rate from a cumulative revenue within the
-- pilot: JSON [{"fromMinor": 100000, "rateBp": 1500}, ...], ascending.
ALTER TABLE pilot_creators ADD COLUMN commission_tiers TEXT;
-- A fixed bonus once a named metric reaches a threshold (count, or minor units for revenue).
ALTER TABLE pilot_creators ADD COLUMN bonus_metric TEXT
  CHECK (bonus_metric IN ('net_orders', 'revenue', 'new_customers'));
ALTER TABLE pilot_creators ADD COLUMN bonus_threshold INTEGER;
ALTER TABLE pilot_creators ADD COLUMN bonus_minor INTEGER;
-- What the creator's channel would have sold anyway (pilot baseline method "manual").
ALTER TABLE pilot_creators ADD COLUMN baseline_revenue_minor INTEGER;
-- How finance knows the payee (vendor number, IBAN reference...).
ALTER TABLE pilot_creators ADD COLUMN payee_ref TEXT;
ALTER TABLE pilots ADD COLUMN gl_code TEXT;

-- Derived from orders (db/buyer-history.ts): 1 on a buyer's first counted order
-- with the brand, with the days until their next one (NULL: none yet).
ALTER TABLE orders ADD COLUMN buyer_first INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN buyer_next_days INTEGER;
`;
