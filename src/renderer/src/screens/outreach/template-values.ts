/** The template form's values as typed, and their way to templates.save. */

import type { InputOf } from '../../../../shared/api/contract';
import { templateVariables } from '../../../../shared/message';
import {
  DEFAULT_LOCAL_VARIABLES,
  MESSAGE_PARTS,
  type MessagePart,
  type OutreachTemplate,
} from '../../../../shared/outreach';
import { wordList } from '../sourcing/criteria-values';

export interface TemplateValues {
  name: string;
  subject: string;
  parts: Record<MessagePart, string>;
  variables: Record<string, string>;
  /** Comma-separated variable names a local version may set. */
  localVariables: string;
}

export type TextKey = 'subject' | MessagePart;

export const TEMPLATE_FIELDS = ['name', 'subject', ...MESSAGE_PARTS, 'variables', 'localVariables'];

export function isTemplateField(path: string): boolean {
  return TEMPLATE_FIELDS.includes(path) || /^variables\.[A-Za-z]/.test(path) || /^localVariables\.\d+$/.test(path);
}

export function emptyTemplateValues(): TemplateValues {
  return {
    name: '',
    subject: 'A paid collaboration with {{senderName}}',
    parts: {
      whyYou: 'Hi {{firstName}}, we love your {{platform}} posts: {{whyFit}}.',
      offer: '{{offer}}',
      nextStep: 'If this sounds good, reply by {{deadline}} and we will send the details. — {{senderName}}',
    },
    variables: { offer: '' },
    localVariables: DEFAULT_LOCAL_VARIABLES.join(', '),
  };
}

export function templateToValues(t: OutreachTemplate): TemplateValues {
  return {
    name: t.name,
    subject: t.subject,
    parts: { ...t.parts },
    variables: { ...t.variables },
    localVariables: t.localVariables.join(', '),
  };
}

/** The variables the form asks values for: offer, those the text uses, and the local ones. */
export function variableNames(v: TemplateValues): string[] {
  const used = templateVariables({ subject: v.subject, parts: v.parts });
  return [...new Set(['offer', ...used, ...wordList(v.localVariables)])];
}

export function templateValuesToInput(v: TemplateValues, id: number | null): InputOf<'templates.save'> {
  const names = variableNames(v);
  const variables = Object.fromEntries(names.map((n) => [n, v.variables[n] ?? '']).filter(([, value]) => value !== ''));
  return {
    ...(id !== null ? { id } : {}),
    name: v.name,
    subject: v.subject,
    whyYou: v.parts.whyYou,
    offer: v.parts.offer,
    nextStep: v.parts.nextStep,
    variables,
    localVariables: wordList(v.localVariables),
  };
}
