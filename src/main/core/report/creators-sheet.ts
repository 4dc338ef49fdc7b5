/**
 * The Creators sheet: one row per creator with every figure of the results
 * screen (FIGURE_NAMES order) and the verdict, then the pilot's totals as a
 * footer outside the filter. A figure that cannot be computed shows "—" and
 * its reason is in the row's notes.
 */

import { FIGURE_INFO, FIGURE_NAMES, type FigureName, type Figures, VERDICT_LABELS } from '../../../shared/results';
import type { Cell, Sheet } from '../export/table';
import type { ReportContext } from './context';
import { figureCell, reportFigures } from './figures';

function notes(f: Figures, names: readonly FigureName[]): string {
  return names
    .filter((name) => f[name] === null && f.reasons[name])
    .map((name) => `${FIGURE_INFO[name].header}: ${f.reasons[name]}`)
    .join('; ');
}

export function creatorsSheet({ results, pilot, includeCosts }: ReportContext): Sheet {
  const names = reportFigures(FIGURE_NAMES, includeCosts);
  const figures = (f: Figures): Cell[] => names.map((name) => figureCell(name, f[name], pilot.currency));
  const rows: Cell[][] = results.creators.map((c) => [
    c.name,
    c.handle,
    c.code,
    { date: c.goLiveDate },
    ...figures(c),
    VERDICT_LABELS[c.verdict],
    // Met and missed reasons name CAC amounts: with costs left out, only the verdict stays.
    includeCosts || c.verdict === 'not_enough_data' ? c.verdictReason : null,
    notes(c, names) || null,
  ]);
  const p = results.pilot;
  return {
    name: 'Creators',
    columns: [
      { header: 'Creator' },
      { header: 'Handle' },
      { header: 'Code' },
      { header: 'Go-live date' },
      ...names.map((name) => ({ header: FIGURE_INFO[name].header })),
      { header: 'Verdict' },
      { header: 'Verdict reason' },
      { header: 'Notes' },
    ],
    rows,
    footer: [['Pilot total', null, null, null, ...figures(p), null, null, notes(p, names) || null]],
  };
}
