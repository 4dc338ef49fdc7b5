/**
 * Codes used from regions outside the pilot's market. Only countries are
 * compared: a market is one or more countries, by ISO code ("US") or English
 * name ("United States"), listed with commas ("US, Canada"); an order's region
 * is read the same way, or as "country-subdivision" ("US-CA"). A market that
 * is not a list of countries ("EMEA", "West coast") is not checked, and the
 * review says so, rather than guessing.
 */

const ALIASES: Record<string, string> = {
  USA: 'US',
  'UNITED STATES OF AMERICA': 'US',
  UK: 'GB',
  'GREAT BRITAIN': 'GB',
  ENGLAND: 'GB',
  SCOTLAND: 'GB',
  WALES: 'GB',
};

let countries: Map<string, string> | undefined;

/** ISO 3166 alpha-2 codes and their English names (upper case) -> code, from the platform's own region names. */
function countryIndex(): Map<string, string> {
  if (countries) return countries;
  const names = new Intl.DisplayNames('en', { type: 'region' });
  countries = new Map(Object.entries(ALIASES));
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const name = names.of(code);
      // Unknown codes come back as themselves (or "Unknown Region").
      if (!name || name === code || /unknown/i.test(name)) continue;
      countries.set(code, code);
      countries.set(name.toUpperCase(), code);
    }
  }
  return countries;
}

/** The country of one place text ("US", "us-ca", "United States"), or null when it names none. */
export function countryOf(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (!t) return null;
  const index = countryIndex();
  const whole = index.get(t);
  if (whole) return whole;
  const sub = /^([A-Z]{2})-[A-Z0-9]{1,3}$/.exec(t);
  return sub ? (index.get(sub[1] as string) ?? null) : null;
}

/** The countries of a pilot's market, or null when it is not a list of countries. */
export function marketCountries(market: string | null): Set<string> | null {
  if (!market?.trim()) return null;
  const parts = market.split(/\s*(?:[,;/&+|]|\band\b)\s*/i).filter((p) => p.trim() !== '');
  const codes = new Set<string>();
  for (const part of parts) {
    const code = countryOf(part);
    if (!code) return null;
    codes.add(code);
  }
  return codes.size > 0 ? codes : null;
}

export interface MarketCheck {
  /** Region -> why its orders are flagged. */
  outside: Map<string, string>;
  /** Why the check was skipped, when it was. */
  note: string | null;
}

/** Which of the regions orders came from lie outside the pilot's market. */
export function outOfMarketRegions(regions: readonly string[], market: string | null): MarketCheck {
  const outside = new Map<string, string>();
  if (!market?.trim()) return { outside, note: 'The pilot has no market set, so order regions were not checked.' };
  const allowed = marketCountries(market);
  if (!allowed) {
    return {
      outside,
      note: `The pilot's market "${market}" is not a country or a list of countries (like "US" or "United States, Canada"), so order regions were not checked.`,
    };
  }
  for (const region of regions) {
    const country = countryOf(region);
    // A region that names no country cannot be judged either way.
    if (country && !allowed.has(country))
      outside.set(region, `shipped to ${region}, outside the pilot's market (${market})`);
  }
  return { outside, note: null };
}
