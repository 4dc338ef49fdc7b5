/**
 * The Summary sheet, a label/value layout: the pilot, its period and
 * currency, the headline verdict, each target against its actual (met,
 * missed, not enough data), the pilot's figures, and the latest lift test.
 */

import { FIGURE_INFO, type TargetCheck, VERDICT_LABELS } from '../../../shared/results';
import type { Cell, Sheet } from '../export/table';
import { newestLift } from '../lift/store';
import type { ReportContext } from './context';
import { figureCell, reportFigures } from './figures';
import { headline } from './headline';

const SUMMARY_FIGURES = [
  'netOrders',
  'revenueMinor',
  'aovMinor',
  'clicks',
  'conversion',
  'newCustomers',
  'costMinor',
  'cacMinor',
  'roas',
  'baselineRevenueMinor',
  'incrementalRevenueMinor',
  'iroas',
  'repeatRate90',
] as const;

const TARGET_LABELS: Record<TargetCheck['figure'], string> = {
  cacMinor: 'Target: CAC at most',
  aovMinor: 'Target: AOV at least',
  conversion: 'Target: conversion at least',
  repeatRate90: 'Target: 90-day repeat rate at least',
  netOrders: 'Minimum sample (net orders)',
};

export function summarySheet(ctx: ReportContext): Sheet {
  const { pilot, results, includeCosts } = ctx;
  const p = results.pilot;
  const currency = pilot.currency;
  const value = (check: TargetCheck, v: number | null): Cell =>
    v === null ? '—' : check.figure === 'netOrders' ? v : figureCell(check.figure, v, currency);

  const rows: Cell[][] = [
    ['Pilot', pilot.name],
    ['Brand', pilot.brandName ?? '—'],
    ['Market', pilot.market ?? '—'],
    ['Period start', { date: pilot.startDate }],
    ['Period end', { date: pilot.endDate }],
    [
      'Orders count until',
      { date: p.windowEnd },
      null,
      null,
      `the end plus the ${pilot.attributionWindowDays}-day attribution window`,
    ],
    ['Currency', currency],
    ['Creators', results.creators.length],
    ['Verdict', headline(results, includeCosts)],
    [],
    ['Targets', 'Actual', 'Target', 'Verdict', 'Reason'],
  ];
  for (const check of p.targets) {
    // With costs left out, the CAC check keeps its verdict and loses its amounts.
    const hide = !includeCosts && FIGURE_INFO[check.figure].cost;
    rows.push([
      TARGET_LABELS[check.figure],
      hide ? null : value(check, check.actual),
      hide ? null : value(check, check.target),
      VERDICT_LABELS[check.verdict],
      hide ? 'Amounts left out of this report' : check.reason,
    ]);
  }
  rows.push([], ['Figures', 'Value', null, null, 'Why there is no value']);
  for (const name of reportFigures(SUMMARY_FIGURES, includeCosts)) {
    rows.push([FIGURE_INFO[name].header, figureCell(name, p[name], currency), null, null, p.reasons[name] ?? null]);
  }
  for (const other of p.otherCurrencies) {
    rows.push([
      `Orders in ${other.currency} (reported apart)`,
      { minor: other.revenueMinor, currency: other.currency },
      null,
      null,
      `${other.orders} orders in another currency than the pilot's, left out of its figures`,
    ]);
  }
  rows.push([], ...liftRows(ctx));
  return {
    name: 'Summary',
    columns: [
      { header: 'Item' },
      { header: 'Value', width: 40 },
      { header: 'Target' },
      { header: 'Verdict' },
      { header: 'Note' },
    ],
    rows,
    filter: false,
  };
}

function liftRows({ db, pilot }: ReportContext): Cell[][] {
  const lift = newestLift(db, pilot.id);
  if (!lift) return [['Lift test', 'No lift test was run for this pilot']];
  const money = (minor: number | null): Cell => (minor === null ? '—' : { minor, currency: lift.currency });
  return [
    ['Lift test', lift.verdictText],
    ['Lift test: test regions', lift.testGroups.join(', ')],
    ['Lift test: control regions', lift.controlGroups.join(', ')],
    ['Lift test: pre period', { date: lift.preStart }, { date: lift.preEnd }],
    ['Lift test: test period', { date: lift.testStart }, { date: lift.testEnd }],
    ['Lift test: incremental revenue', money(lift.incrementalMinor)],
    ['Lift test: 90% interval', money(lift.low), money(lift.high)],
    ['Lift test: run on', { date: lift.createdAt }],
  ];
}
