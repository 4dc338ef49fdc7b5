/**
 * How the report writes each results figure (its header, kind and whether it
 * is a cost come from FIGURE_INFO). Null figures are written "—" and their
 * reason goes in the notes.
 */

import { FIGURE_INFO, type FigureName } from '../../../shared/results';
import type { Cell } from '../export/table';
import { MULTIPLE_FORMAT } from '../export/xlsx';

/** What a null figure shows: the reason sits in the row's notes. */
export const NO_VALUE = '—';

/** A figure's cell. Multiples ("2.50x") and ratios keep a number format of their own. */
export function figureCell(name: FigureName, value: number | null, currency: string): Cell {
  if (value === null) return NO_VALUE;
  const kind = FIGURE_INFO[name].kind;
  if (kind === 'money') return { minor: value, currency };
  if (kind === 'percent') return { ratio: value };
  if (kind === 'multiple') return { value, format: MULTIPLE_FORMAT };
  if (kind === 'ratio') return { value, format: '0.00' };
  return value;
}

/** The figures a report shows, in the results screen's order, cost figures left out when asked. */
export function reportFigures(names: readonly FigureName[], includeCosts: boolean): FigureName[] {
  return names.filter((name) => includeCosts || !FIGURE_INFO[name].cost);
}
