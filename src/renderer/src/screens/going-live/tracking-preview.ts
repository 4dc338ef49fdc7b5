/**
 * The example code and link the settings form shows while typing, for the
 * first member. The core makes the real ones (and adds a suffix when a code is
 * taken); this mirrors its pattern rules so the user sees the shape early.
 */

import type { PilotCreator } from '../../../../shared/entities';

/** Text as code characters: accents dropped, upper case, A-Z and 0-9 only. */
function codeChars(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

export interface PreviewInput {
  pattern: string;
  /** As typed: "15" or "10.00". */
  discount: string;
  maxLength: number;
  pilotName: string;
}

export function exampleCode(input: PreviewInput, member: PilotCreator): string {
  const discount = input.discount
    .trim()
    .replace(/[.,]0+$/, '')
    .replace(/\D/g, '');
  const filled = input.pattern.replace(/\{([A-Za-z]+)\}/g, (_, token: string) => {
    switch (token.toUpperCase()) {
      case 'HANDLE':
        return codeChars(member.handles[0]?.handle ?? '');
      case 'NAME':
        return codeChars(member.name.trim().split(/\s+/)[0] ?? '');
      case 'DISCOUNT':
        return discount;
      case 'PILOT':
        return codeChars(input.pilotName);
      default:
        return '';
    }
  });
  const code = filled.toUpperCase().replace(/[^A-Z0-9_-]/g, '');
  return code.slice(0, Math.max(1, input.maxLength || code.length));
}

export interface LinkInput {
  landingUrl: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
}

/** The tracked link, or null while the landing URL is not a full address. */
export function exampleLink(input: LinkInput, member: PilotCreator): string | null {
  let url: URL;
  try {
    url = new URL(input.landingUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const first = member.handles[0];
  url.searchParams.set('utm_source', input.utmSource.trim() || first?.platform || 'creator');
  url.searchParams.set('utm_medium', input.utmMedium.trim() || 'creator');
  url.searchParams.set('utm_campaign', input.utmCampaign);
  url.searchParams.set('utm_content', (first?.handle ?? '').trim().replace(/^@+/, '').toLowerCase());
  return url.toString();
}
