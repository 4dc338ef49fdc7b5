/**
 * The pilot timeline: its phases as dates counted from the start date, and
 * what is due in a given week across members: open sign-offs due or overdue,
 * follow-ups, contracts still unsigned and contracted members not live yet.
 */

import type { Database } from 'better-sqlite3';
import { addDays, daysBetween } from '../../../shared/dates';
import {
  PHASE_LABELS,
  type Phase,
  type PilotTimeline,
  type TimelinePhase,
  type Week,
  type WeekItem,
} from '../../../shared/signoffs';
import { getPilot } from '../db/pilots';
import { sql } from '../db/statements';
import { localDay } from '../outreach/settings';
import { contractProblem, goLiveProblems } from './gate';
import { listSignoffs } from './signoffs';

/**
 * Phases from the start date (week 1 starts on it): week 0 before, two weeks
 * of launch, measurement to the end of week 4 or to the pilot's last day when
 * it runs longer, then a week to decide whether to scale or stop.
 */
export function phases(startDate: string, endDate: string): TimelinePhase[] {
  const lastDay = Math.max(27, daysBetween(startDate, endDate));
  const weeks = Math.ceil((lastDay + 1) / 7);
  const spans: [Phase, number, number][] = [
    ['sourcing', -7, -1],
    ['launch', 0, 13],
    ['measurement', 14, lastDay],
    ['decision', lastDay + 1, lastDay + 7],
  ];
  return spans.map(([phase, from, to]) => ({
    phase,
    label:
      phase === 'measurement' && weeks > 4 ? `Weeks 3-${weeks}: measurement and bonus triggers` : PHASE_LABELS[phase],
    start: addDays(startDate, from),
    end: addDays(startDate, to),
  }));
}

/** The phase holding `date`; after the last it stays "scale or stop", before week 0 null. */
export function phaseOn(list: TimelinePhase[], date: string): Phase | null {
  if (list.length === 0 || date < (list[0]?.start ?? date)) return null;
  return (list.find((p) => date >= p.start && date <= p.end) ?? list[list.length - 1])?.phase ?? null;
}

/** Monday to Sunday around `date`. */
export function weekOf(date: string): { start: string; end: string } {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const start = addDays(date, -weekday);
  return { start, end: addDays(start, 6) };
}

const dueWords = (due: string, date: string) => {
  const late = daysBetween(due, date);
  return late > 0 ? `overdue since ${due}` : `due ${due}`;
};

function itemsOf(db: Database, pilotId: number, pilotName: string, date: string, weekEnd: string): WeekItem[] {
  const items: WeekItem[] = [];
  const base = { pilotId, pilotName };
  for (const m of listSignoffs(db, pilotId)) {
    for (const c of m.checkpoints) {
      const due = c.dueAt?.slice(0, 10);
      if (!due || due > weekEnd) continue;
      items.push({
        ...base,
        kind: 'signoff',
        memberId: m.memberId,
        name: m.name,
        due,
        detail: `${c.label}: ${dueWords(due, date)}`,
      });
    }
  }
  const members = sql(
    db,
    `SELECT pc.id, c.name, pc.stage, pc.follow_up_date AS followUp FROM pilot_creators pc
       JOIN creators c ON c.id = pc.creator_id WHERE pc.pilot_id = ? AND pc.stage NOT IN ('declined', 'completed')`,
  ).all(pilotId) as { id: number; name: string; stage: string; followUp: string | null }[];
  for (const m of members) {
    const member = { ...base, memberId: m.id, name: m.name };
    if (m.followUp && m.followUp <= weekEnd && m.stage !== 'live') {
      items.push({ ...member, kind: 'follow_up', due: m.followUp, detail: `Follow up: ${dueWords(m.followUp, date)}` });
    }
    if (m.stage !== 'contracted') continue;
    const contract = contractProblem(db, m.id);
    if (contract) items.push({ ...member, kind: 'contract', due: null, detail: contract });
    const problems = goLiveProblems(db, m.id);
    items.push({
      ...member,
      kind: 'go_live',
      due: null,
      detail: problems.length > 0 ? `Not live yet: ${problems.join('; ')}` : 'Ready to go live',
    });
  }
  return items;
}

const byDue = (a: WeekItem, b: WeekItem) =>
  (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind);

/** What is due in the week of `date` across every pilot not archived. */
export function weekAcross(db: Database, date: string = localDay()): Week {
  const { start, end } = weekOf(date);
  const pilots = sql(db, 'SELECT id, name FROM pilots WHERE archived_at IS NULL ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  const items = pilots.flatMap((p) => itemsOf(db, p.id, p.name, date, end)).sort(byDue);
  return { start, end, date, items };
}

export function pilotTimeline(db: Database, pilotId: number, date: string = localDay()): PilotTimeline {
  const pilot = getPilot(db, pilotId, 'pilotId');
  const list = phases(pilot.startDate, pilot.endDate);
  const { start, end } = weekOf(date);
  return {
    pilotId: pilot.id,
    startDate: pilot.startDate,
    endDate: pilot.endDate,
    phases: list,
    current: phaseOn(list, date),
    week: { start, end, date, items: itemsOf(db, pilot.id, pilot.name, date, end).sort(byDue) },
  };
}
