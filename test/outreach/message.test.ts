import { describe, expect, it } from 'vitest';
import {
  badPlaceholders,
  deadlineText,
  firstNameOf,
  type MessageTemplate,
  renderMessage,
  templateFields,
  templateVariables,
} from '../../src/shared/message';

const template: MessageTemplate = {
  subject: '{{firstName}}, a pilot with Oat & Co',
  parts: {
    whyYou: 'Hi {{firstName}} ({{ handle }} on {{platform}}), we loved your posts: {{whyFit}}.',
    offer: '{{offer}} Shop: {{storeLink}} ({{language}}).',
    nextStep: 'Reply by {{deadline}} if you are in. {{senderName}}',
  },
  variables: { offer: 'Free product and 10% commission.', storeLink: 'https://oat.example/en', language: 'English' },
  localVariables: ['language', 'storeLink'],
};

const values = {
  name: 'Ana María López',
  firstName: 'Ana',
  handle: '@ana.cooks',
  platform: 'Instagram',
  whyFit: '12,500 followers, 4.1% engagement',
  deadline: '14 December 2026',
  senderName: 'Sam',
};

describe('renderMessage', () => {
  it('fills every field, the offer and the template variables', () => {
    const m = renderMessage(template, null, values);
    expect(m.missing).toEqual([]);
    expect(m.subject).toBe('Ana, a pilot with Oat & Co');
    expect(m.parts.whyYou).toBe(
      'Hi Ana (@ana.cooks on Instagram), we loved your posts: 12,500 followers, 4.1% engagement.',
    );
    expect(m.parts.offer).toBe('Free product and 10% commission. Shop: https://oat.example/en (English).');
    expect(m.parts.nextStep).toBe('Reply by 14 December 2026 if you are in. Sam');
    expect(m.body).toBe(`${m.parts.whyYou}\n\n${m.parts.offer}\n\n${m.parts.nextStep}`);
  });

  it('names each missing field once, in order, and shows it as [field]', () => {
    const t = { ...template, subject: '{{deadline}}: {{firstName}}', variables: { offer: 'Free product.' } };
    const m = renderMessage(t, null, { ...values, deadline: null, whyFit: '  ' });
    expect(m.missing).toEqual(['deadline', 'whyFit', 'storeLink', 'language']);
    expect(m.subject).toBe('[deadline]: Ana');
    expect(m.parts.offer).toBe('Free product. Shop: [storeLink] ([language]).');
    expect(m.parts.nextStep).toContain('Reply by [deadline]');
  });

  it('takes local values only for local variables, falling back to the core', () => {
    const t = { ...template, variables: { ...template.variables, brand: 'Oat & Co' } };
    t.parts = { ...t.parts, nextStep: 'From {{brand}}.' };
    const local = {
      language: 'Deutsch',
      variables: { storeLink: 'https://oat.example/de', brand: 'Hafer GmbH', offer: 'Nothing' },
    };
    const m = renderMessage(t, local, values);
    expect(m.parts.offer).toBe('Free product and 10% commission. Shop: https://oat.example/de (Deutsch).');
    expect(m.parts.nextStep).toBe('From Oat & Co.');
    // A local version that sets nothing keeps the core's defaults.
    expect(renderMessage(t, { language: null, variables: {} }, values).parts.offer).toContain(
      'oat.example/en (English)',
    );
  });

  it('leaves braces that are not a field as typed, and never fills a value twice', () => {
    const t = { ...template, parts: { ...template.parts, whyYou: 'Hi {{first name}} {{}} {x} {{name}}' } };
    const m = renderMessage(t, null, { ...values, name: '{{deadline}}' });
    expect(m.parts.whyYou).toBe('Hi {{first name}} {{}} {x} {{deadline}}');
    expect(m.missing).toEqual([]);
  });

  it('lists the fields a template uses and finds badly written ones', () => {
    expect(templateFields(template)).toEqual([
      'firstName',
      'handle',
      'platform',
      'whyFit',
      'offer',
      'storeLink',
      'language',
      'deadline',
      'senderName',
    ]);
    expect(templateVariables(template)).toEqual(['offer', 'storeLink', 'language']);
    expect(badPlaceholders('Hi {{first name}}, {{ok}} {{ 1x }} and {{oops')).toEqual([
      '{{first name}}',
      '{{ 1x }}',
      '{{',
    ]);
    expect(badPlaceholders('Hi {{ name }} {single}')).toEqual([]);
  });

  it('writes names and dates for people', () => {
    expect(firstNameOf('  Ana María López ')).toBe('Ana');
    expect(deadlineText('2026-12-14')).toBe('14 December 2026');
  });
});
