/**
 * The Content sheet: posts with their dates, formats, links and disclosure
 * checks. The workspace records no posts yet, so the sheet carries its header
 * and says so; the columns are the ones posts will fill.
 */

import type { Sheet } from '../export/table';

export const CONTENT_HEADERS = ['Date', 'Creator', 'Format', 'Link', 'Disclosure', 'Approval'] as const;

export function contentSheet(): Sheet {
  return {
    name: 'Content',
    columns: CONTENT_HEADERS.map((header) => ({ header })),
    rows: [['No posts are recorded yet for this pilot.']],
  };
}
