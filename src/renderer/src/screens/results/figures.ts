/** How each results figure is written on screen: money in the pilot's currency, ratios as % or "2.4x". */

import { FIGURE_INFO, type FigureName, type Verdict } from '../../../../shared/results';
import { count, money } from '../../format';

const locale = (): string => navigator.language;

/** A ratio (0.0312) as a percentage ("3.12%"). */
export function ratioPercent(value: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 2 }).format(value);
}

/** A return on spend (2.4) as a multiple ("2.4x"). */
export function multiple(value: number): string {
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value)}x`;
}

/** The figure's value as shown; "—" when it is undefined (its reason is shown beside it). */
export function formatFigure(figure: FigureName, value: number | null, currency: string): string {
  if (value === null) return '—';
  switch (FIGURE_INFO[figure].kind) {
    case 'money':
      return money(value, currency);
    case 'percent':
      return ratioPercent(value);
    case 'multiple':
      return multiple(value);
    case 'ratio':
      return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
    case 'count':
      return count(value);
  }
}

/** A mark beside the word, so the verdict never rests on colour alone. */
export const VERDICT_MARKS: Record<Verdict, string> = {
  met: '✓',
  missed: '✗',
  not_enough_data: '…',
  no_target: '–',
};
