/** The terms, contracts and briefs methods of the handler table. */

import type { contractsMethods } from '../../../shared/api/contracts-contract';
import type { HandlerTable } from '../handler-table';
import { generateBrief } from './brief-document';
import { setBriefSettings } from './brief-settings';
import { generateContract } from './contract-document';
import { contractSettings, setMemberTerms } from './member-terms';
import { listContracts, setContractStatus } from './status';
import { setTemplate } from './template';

export const contractsHandlers: HandlerTable<keyof typeof contractsMethods> = {
  'contracts.terms': (input, s) => setMemberTerms(s.db, input),
  'contracts.settings': (input, s) => contractSettings(s.db, input),
  'contracts.template': ({ text }, s) => setTemplate(s.db, text),
  'contracts.generate': (input, s) => generateContract(s.db, s.path, input),
  'contracts.setStatus': (input, s) => setContractStatus(s.db, input),
  'contracts.list': ({ pilotId }, s) => listContracts(s.db, pilotId),
  'briefs.settings': (input, s) => setBriefSettings(s.db, input),
  'briefs.generate': (input, s) => generateBrief(s.db, s.path, input),
};
