/** What every sheet of the client report is made from, read once per report. */

import type { Database } from 'better-sqlite3';
import type { Pilot } from '../../../shared/entities';
import type { PilotResults } from '../../../shared/results';

export interface ReportContext {
  db: Database;
  pilot: Pilot;
  results: PilotResults;
  /** False for a client that must not see costs, fees, commission, CAC, ROAS or payouts. */
  includeCosts: boolean;
}
