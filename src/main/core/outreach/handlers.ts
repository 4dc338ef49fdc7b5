/** The outreach methods of the handler table. */

import type { outreachMethods } from '../../../shared/api/outreach-contract';
import type { HandlerTable } from '../handler-table';
import { currentUser } from '../user';
import { exportBatch } from './batch-export';
import { listContacts, logContact } from './contacts';
import { dueFollowUps } from './follow-ups';
import { draftMessages } from './preview';
import { outreachSettings, setOutreachSettings } from './settings';
import { listTemplates, lockTemplate, saveLocalVersion, saveTemplate } from './templates';

export const outreachHandlers: HandlerTable<keyof typeof outreachMethods> = {
  'templates.list': (_, s) => listTemplates(s.db),
  'templates.save': (input, s) => saveTemplate(s.db, input),
  'templates.lock': ({ id }, s) => lockTemplate(s.db, id),
  'templates.saveLocalVersion': (input, s) => saveLocalVersion(s.db, input),
  'outreach.preview': (input, s) =>
    draftMessages(s.db, input, outreachSettings(s.db, currentUser()).senderName).drafts.map((d) => d.message),
  'outreach.exportBatch': (input, s) => exportBatch(s.db, s.path, input),
  'outreach.logContact': (input, s) => logContact(s.db, input),
  'outreach.contacts': ({ memberId }, s) => listContacts(s.db, memberId),
  'outreach.due': ({ pilotId, date }, s) => dueFollowUps(s.db, pilotId, date),
  'outreach.settings': (_, s) => outreachSettings(s.db, currentUser()),
  'outreach.setSettings': (input, s) => setOutreachSettings(s.db, currentUser(), input),
};
