/**
 * Tracked-link parameters from where shops leave them: UTM columns, the
 * landing page URL's query, or "UTM campaign: x" / "utm_campaign=x" lines
 * that apps write into order notes (formats/README.md §1.6).
 */

export interface Utm {
  source: string | null;
  medium: string | null;
  campaign: string | null;
  content: string | null;
}

const KEYS = ['source', 'medium', 'campaign', 'content'] as const;
const NOTE_LINE = /(?:^|[\s,;|{])_?utm[_ ]?(source|medium|campaign|content)\s*(?::|=>|=)\s*"?([^\r\n,;|&"}]+)/gi;

export function utmFromUrl(url: string | undefined): Partial<Utm> {
  if (!url) return {};
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : url.startsWith('utm_') ? url : '';
  if (!query) return {};
  const params = new URLSearchParams(query.split('#')[0]);
  const out: Partial<Utm> = {};
  for (const key of KEYS) {
    const v = params.get(`utm_${key}`)?.trim();
    if (v) out[key] = v.slice(0, 200);
  }
  return out;
}

export function utmFromNotes(...texts: Array<string | undefined>): Partial<Utm> {
  const out: Partial<Utm> = {};
  for (const text of texts) {
    if (!text) continue;
    for (const m of text.matchAll(NOTE_LINE)) {
      const key = (m[1] ?? '').toLowerCase() as (typeof KEYS)[number];
      const value = (m[2] ?? '').trim();
      if (value && !out[key]) out[key] = value.slice(0, 200);
    }
  }
  return out;
}

/** The first source that names each parameter wins: columns, then the landing URL, then notes. */
export function mergeUtm(...sources: Array<Partial<Utm>>): Utm {
  const out: Utm = { source: null, medium: null, campaign: null, content: null };
  for (const source of sources) {
    for (const key of KEYS) out[key] ||= source[key] || null;
  }
  return out;
}
