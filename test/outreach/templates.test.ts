import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outreachPilot, TEMPLATE } from './outreach-pilot';

beforeEach(() => {
  vi.stubEnv('PILOTDESK_USER', 'Sam Approver');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('outreach templates', () => {
  it('adds, edits and lists a template with its parts and variables', async () => {
    const ws = await outreachPilot([]);
    expect(ws.template).toMatchObject({
      name: 'Spring intro',
      parts: { whyYou: TEMPLATE.whyYou, offer: TEMPLATE.offer, nextStep: TEMPLATE.nextStep },
      variables: TEMPLATE.variables,
      localVariables: ['language', 'storeLink'],
      lockedAt: null,
      localVersions: [],
    });
    const edited = await ws.ok('templates.save', { ...TEMPLATE, id: ws.template.id, subject: 'Hello {{ name }}' });
    expect(edited.subject).toBe('Hello {{ name }}');
    const list = await ws.ok('templates.list', {});
    expect(list.map((t) => [t.id, t.subject])).toEqual([[ws.template.id, 'Hello {{ name }}']]);
  });

  it('refuses every change to a locked core, naming the field, and keeps the core as approved', async () => {
    const ws = await outreachPilot([]);
    const locked = await ws.ok('templates.lock', { id: ws.template.id });
    expect(locked.lockedBy).toBe('Sam Approver');
    expect(locked.lockedAt).not.toBeNull();
    const changes: [string, Record<string, unknown>][] = [
      ['name', { name: 'Renamed' }],
      ['subject', { subject: 'Other subject' }],
      ['whyYou', { whyYou: 'Other words' }],
      ['offer', { offer: '{{offer}}' }],
      ['nextStep', { nextStep: 'Call us' }],
      ['variables', { variables: { ...TEMPLATE.variables, offer: '50% commission' } }],
      ['localVariables', { localVariables: ['language', 'storeLink', 'offer'] }],
    ];
    for (const [field, change] of changes) {
      const r = await ws.call('templates.save', { ...TEMPLATE, id: ws.template.id, ...change });
      expect(r.ok ? null : r.error.field, field).toBe(field);
      expect(r.ok ? '' : r.error.message).toContain('approved and locked');
    }
    // Saving it unchanged is not an edit; locking again keeps the first approval.
    expect(await ws.ok('templates.save', { ...TEMPLATE, id: ws.template.id })).toMatchObject({
      lockedAt: locked.lockedAt,
    });
    expect(await ws.ok('templates.lock', { id: ws.template.id })).toEqual(locked);
    const [after] = await ws.ok('templates.list', {});
    expect(after).toEqual(locked);
  });

  it('lets a local version set only the local variables', async () => {
    const ws = await outreachPilot([]);
    await ws.ok('templates.lock', { id: ws.template.id });
    const de = await ws.ok('templates.saveLocalVersion', {
      templateId: ws.template.id,
      name: 'Germany',
      language: 'Deutsch',
      variables: { storeLink: 'https://fernleaf.example/de' },
    });
    expect(de).toMatchObject({ templateId: ws.template.id, name: 'Germany', language: 'Deutsch' });
    const refused = await ws.call('templates.saveLocalVersion', {
      templateId: ws.template.id,
      id: de.id,
      name: 'Germany',
      variables: { storeLink: 'https://fernleaf.example/de', offer: 'Double commission' },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.field).toBe('variables.offer');
      expect(refused.error.message).toContain('only language, storeLink');
    }
    const renamed = await ws.ok('templates.saveLocalVersion', {
      templateId: ws.template.id,
      id: de.id,
      name: 'DACH',
      language: 'de',
      variables: {},
    });
    expect(renamed).toEqual({ id: de.id, templateId: ws.template.id, name: 'DACH', language: 'de', variables: {} });
    const [t] = await ws.ok('templates.list', {});
    expect(t?.localVersions).toEqual([renamed]);
    expect(t?.variables).toEqual(TEMPLATE.variables);
  });

  it('refuses bad input naming the field', async () => {
    const ws = await outreachPilot([]);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...TEMPLATE, whyYou: 'Hi {{first name}}' }, 'whyYou'],
      [{ ...TEMPLATE, subject: 'Hi {{name' }, 'subject'],
      [{ ...TEMPLATE, nextStep: '' }, 'nextStep'],
      [{ ...TEMPLATE, variables: { name: 'Ana' } }, 'variables.name'],
      [{ ...TEMPLATE, variables: { 'store link': 'x' } }, 'variables.store link'],
      [{ ...TEMPLATE, localVariables: ['language', 'handle'] }, 'localVariables.1'],
      [{ ...TEMPLATE, id: 999 }, 'id'],
    ];
    for (const [input, field] of cases) {
      const r = await ws.call('templates.save', input);
      expect(r.ok ? null : r.error.field, JSON.stringify(input)).toBe(field);
    }
    const noTemplate = await ws.call('templates.saveLocalVersion', { templateId: 999, name: 'X', variables: {} });
    expect(noTemplate.ok ? null : noTemplate.error.field).toBe('templateId');
    expect(await ws.ok('templates.list', {})).toHaveLength(1);
  });
});
