/** The type of a slice of the handler table: one area's methods, implemented over the session. */

import type { Method, ParsedInput, ResultOf } from '../../shared/api/contract';
import type { Session } from './workspace/session';

export type HandlerTable<M extends Method> = {
  [K in M]: (input: ParsedInput<K>, session: Session) => ResultOf<K> | Promise<ResultOf<K>>;
};
