/**
 * The one handler table: every method of the contract, implemented once over
 * the session's workspace. IPC, HTTP and the CLI all call `dispatch`, which
 * validates the raw input against the contract before any handler runs and
 * returns every outcome as an envelope.
 */

import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { contract, isMethod, type Method } from '../../shared/api/contract';
import { ApiError, type Envelope } from '../../shared/api/errors';
import type { PilotCreator } from '../../shared/entities';
import { assetsHandlers } from './assets/handlers';
import { attributePilot } from './attribution/attribute';
import { contentHandlers } from './content/handlers';
import { contractsHandlers } from './contracts/handlers';
import { listBatches, undoBatch } from './db/batches';
import { archiveBrand, createBrand, listBrands, renameBrand } from './db/brands';
import { listClicks, setClicks } from './db/clicks';
import { addCreator, getMember, listCreators, removeCreator, updateCreator } from './db/creators';
import { getOrder, listOrders } from './db/order-queries';
import { archivePilot, createPilot, getPilot, listPilots, updatePilot } from './db/pilots';
import { sql } from './db/statements';
import { loadDemo } from './demo/demo';
import { liveGated, stageBefore } from './golive/gate';
import { signoffsHandlers } from './golive/handlers';
import type { HandlerTable } from './handler-table';
import { liftHandlers } from './lift/handlers';
import { outreachHandlers } from './outreach/handlers';
import { payoutHandlers } from './payouts/handlers';
import { reportHandlers } from './report/handlers';
import { resultsHandlers } from './results/handlers';
import { sourcingHandlers } from './sourcing/handlers';
import { backupHandlers } from './workspace/backup-handlers';
import type { Session } from './workspace/session';

export const handlers: HandlerTable<Method> = {
  'workspace.current': (_, s) => s.info(),
  'workspace.open': ({ path }, s) => s.open(path, 'open'),
  'workspace.create': ({ path }, s) => s.open(path, 'create'),
  'workspace.backup': ({ path }, s) => s.backup(path),

  'brands.list': (_, s) => listBrands(s.db),
  'brands.create': ({ name }, s) => createBrand(s.db, name),
  'brands.update': ({ id, name }, s) => renameBrand(s.db, id, name),
  'brands.archive': ({ id, archived }, s) => archiveBrand(s.db, id, archived),

  'pilots.list': ({ includeArchived }, s) => listPilots(s.db, includeArchived),
  'pilots.get': ({ id }, s) => getPilot(s.db, id),
  'pilots.create': (input, s) => createPilot(s.db, input),
  'pilots.update': ({ id, ...fields }, s) =>
    reattributing(
      s.db,
      () => updatePilot(s.db, id, fields),
      (p) => [p.id],
    ),
  'pilots.archive': ({ id, archived }, s) => archivePilot(s.db, id, archived),

  'creators.list': ({ pilotId }, s) => listCreators(s.db, pilotId),
  // Codes, go-live dates, handles and links decide attribution: a change re-attributes at once.
  // Marking a member live passes the go-live gate; the tracking-sheet import and the demo record a
  // state that already exists and write through the db layer, so they are not gated.
  'creators.add': (input, s) =>
    reattributing(
      s.db,
      () => liveGated(s.db, null, () => addCreator(s.db, input)),
      (m) => pilotsOfPerson(s.db, m),
    ),
  'creators.update': (input, s) =>
    reattributing(
      s.db,
      () => liveGated(s.db, stageBefore(s.db, input.id), () => updateCreator(s.db, input)),
      (m) => pilotsOfPerson(s.db, m),
    ),
  'creators.remove': ({ id }, s) => {
    const member = getMember(s.db, id);
    return reattributing(
      s.db,
      () => removeCreator(s.db, id),
      () => [member.pilotId],
    );
  },

  'imports.start': (input, s) => s.imports.start(s, input),
  'imports.status': ({ jobId }, s) => s.imports.status(jobId),
  'imports.commit': ({ jobId }, s) => s.imports.commit(s, jobId),
  'imports.cancel': ({ jobId }, s) => s.imports.cancel(jobId),
  'imports.list': (_, s) => listBatches(s.db),
  'imports.undo': ({ batchId }, s) => undoBatch(s.db, batchId),

  'orders.list': (query, s) => listOrders(s.db, query),
  'orders.get': ({ id }, s) => getOrder(s.db, id),

  'clicks.list': ({ pilotId }, s) => listClicks(s.db, getPilot(s.db, pilotId).id),
  'clicks.set': (day, s) => setClicks(s.db, day),

  'demo.load': (_, s) => loadDemo(s.db),

  ...resultsHandlers,
  ...payoutHandlers,
  ...liftHandlers,
  ...reportHandlers,
  ...backupHandlers,
  ...sourcingHandlers,
  ...outreachHandlers,
  ...contractsHandlers,
  ...assetsHandlers,
  ...contentHandlers,
  ...signoffsHandlers,
};

/** Runs a change and re-attributes the pilots it touches, in one transaction. */
function reattributing<T>(db: Database, change: () => T, pilots: (result: T) => number[]): T {
  return db.transaction(() => {
    const result = change();
    for (const id of new Set(pilots(result))) attributePilot(db, id);
    return result;
  })();
}

/** Every pilot a person is in: their handles are link identities in all of them. */
function pilotsOfPerson(db: Database, member: PilotCreator): number[] {
  return sql(db, 'SELECT pilot_id FROM pilot_creators WHERE creator_id = ?').pluck().all(member.creatorId) as number[];
}

/** Validates and runs one call. Never throws: failures come back as data. */
export async function dispatch(session: Session, method: string, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Unknown method "${method}"` } };
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: invalid(parsed.error).toBody() };
  try {
    const handler = handlers[method] as (input: unknown, s: Session) => unknown;
    return { ok: true, data: await handler(parsed.data, session) };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: err.toBody() };
    const message = (err as Error)?.message ?? String(err);
    return { ok: false, error: { code: 'internal', message: `Unexpected error: ${message}` } };
  }
}

function invalid(error: z.ZodError): ApiError {
  const issues = error.issues.flatMap((i) => {
    const at = i.path.map(String);
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => ({ field: [...at, key].join('.'), message: 'is not a known field' }));
    }
    return [{ field: at.join('.') || 'input', message: i.message }];
  });
  const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new ApiError('invalid_input', message, issues);
}
