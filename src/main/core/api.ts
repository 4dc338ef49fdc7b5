/**
 * The one handler table: every method of the contract, implemented once over
 * the session's workspace. IPC, HTTP and the CLI all call `dispatch`, which
 * validates the raw input against the contract before any handler runs and
 * returns every outcome as an envelope.
 */

import type { z } from 'zod';
import { contract, isMethod, type Method, type ParsedInput, type ResultOf } from '../../shared/api/contract';
import { ApiError, type Envelope } from '../../shared/api/errors';
import { archiveBrand, createBrand, listBrands, renameBrand } from './db/brands';
import { addCreator, listCreators, removeCreator, updateCreator } from './db/creators';
import { archivePilot, createPilot, getPilot, listPilots, updatePilot } from './db/pilots';
import { loadDemo } from './demo/demo';
import type { Session } from './workspace/session';

type Handlers = {
  [M in Method]: (input: ParsedInput<M>, session: Session) => ResultOf<M> | Promise<ResultOf<M>>;
};

export const handlers: Handlers = {
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
  'pilots.update': ({ id, ...fields }, s) => updatePilot(s.db, id, fields),
  'pilots.archive': ({ id, archived }, s) => archivePilot(s.db, id, archived),

  'creators.list': ({ pilotId }, s) => listCreators(s.db, pilotId),
  'creators.add': (input, s) => addCreator(s.db, input),
  'creators.update': (input, s) => updateCreator(s.db, input),
  'creators.remove': ({ id }, s) => removeCreator(s.db, id),

  'imports.start': () => notYet(),
  'imports.status': () => notYet(),
  'imports.commit': () => notYet(),
  'imports.cancel': () => notYet(),
  'imports.list': () => notYet(),
  'imports.undo': () => notYet(),
  'orders.list': () => notYet(),
  'orders.get': () => notYet(),
  'clicks.list': () => notYet(),
  'clicks.set': () => notYet(),

  'demo.load': (_, s) => loadDemo(s.db),
};

// In progress (issue 3): replaced by the import engine before this lands.
function notYet(): never {
  throw new ApiError('internal', 'Not built yet');
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
