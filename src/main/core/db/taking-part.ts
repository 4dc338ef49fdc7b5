import { READYING_STAGES, TAKING_PART_STAGES } from '../../../shared/entities';

/** `pc.stage IN (...)`: members (alias `pc`) who take part; prospects' codes and handles win no orders. */
export const TAKES_PART_SQL = `pc.stage IN (${TAKING_PART_STAGES.map((s) => `'${s}'`).join(', ')})`;

/** `pc.stage IN (...)`: members being readied to go live (shortlist on, declined left out). */
export const READYING_SQL = `pc.stage IN (${READYING_STAGES.map((s) => `'${s}'`).join(', ')})`;
