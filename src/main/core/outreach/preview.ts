/** The message each member of a pilot would get: the template filled from their profile and fit. */

import type { Database } from 'better-sqlite3';
import { whyTheyFit } from '../../../shared/fit';
import { deadlineText, firstNameOf, type MessageValues, platformName, renderMessage } from '../../../shared/message';
import type { LocalVersion, OutreachTemplate, RenderedMessage } from '../../../shared/outreach';
import type { Prospect } from '../../../shared/sourcing';
import { prospectsOf } from '../sourcing/board';
import { getLocalVersion, getTemplate } from './templates';

export interface MessageRequest {
  pilotId: number;
  templateId: number;
  localVersionId?: number | undefined;
  deadline: string | null;
  memberIds: number[];
}

export interface Draft {
  prospect: Prospect;
  message: RenderedMessage;
}

export interface Drafts {
  template: OutreachTemplate;
  localVersion: LocalVersion | null;
  drafts: Draft[];
}

function valuesFor(p: Prospect, deadline: string | null, senderName: string | null): MessageValues {
  const handle = p.profile.handles[0];
  return {
    name: p.profile.name,
    firstName: firstNameOf(p.profile.name),
    handle: handle ? `@${handle.handle}` : null,
    platform: handle ? platformName(handle.platform) : null,
    whyFit: whyTheyFit(p.fit),
    deadline: deadline ? deadlineText(deadline) : null,
    senderName,
  };
}

/** Drafts for the members, in the order asked (each once); ApiError for a member not in the pilot. */
export function draftMessages(db: Database, request: MessageRequest, senderName: string | null): Drafts {
  const template = getTemplate(db, request.templateId, 'templateId');
  const localVersion =
    request.localVersionId === undefined ? null : getLocalVersion(db, template.id, request.localVersionId);
  const memberIds = [...new Set(request.memberIds)];
  const drafts = prospectsOf(db, request.pilotId, memberIds).map((prospect): Draft => {
    const text = renderMessage(template, localVersion, valuesFor(prospect, request.deadline, senderName));
    return {
      prospect,
      message: { memberId: prospect.memberId, name: prospect.profile.name, to: prospect.profile.email, ...text },
    };
  });
  return { template, localVersion, drafts };
}
