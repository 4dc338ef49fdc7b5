/** The outreach methods of the handler table. */

import type { outreachMethods } from '../../../shared/api/outreach-contract';
import type { HandlerTable } from '../handler-table';

const notBuilt = (): never => {
  throw new Error('Not built yet');
};

export const outreachHandlers: HandlerTable<keyof typeof outreachMethods> = {
  'templates.list': notBuilt,
  'templates.save': notBuilt,
  'templates.lock': notBuilt,
  'templates.saveLocalVersion': notBuilt,
  'outreach.preview': notBuilt,
  'outreach.exportBatch': notBuilt,
  'outreach.logContact': notBuilt,
  'outreach.contacts': notBuilt,
  'outreach.due': notBuilt,
  'outreach.settings': notBuilt,
  'outreach.setSettings': notBuilt,
};
