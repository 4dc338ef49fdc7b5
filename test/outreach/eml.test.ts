import { describe, expect, it } from 'vitest';
import { emlText, quotedPrintable } from '../../src/main/core/outreach/eml';
import { readEml } from './eml-reader';

const message = (over: Partial<Parameters<typeof emlText>[0]> = {}) =>
  emlText({
    to: { name: 'Ana López', email: 'ana@example.com' },
    from: { name: 'Robin', email: 'robin@agency.example' },
    subject: 'Hello',
    body: 'Hi',
    date: new Date('2026-12-01T09:30:00Z'),
    ...over,
  });

describe('.eml drafts', () => {
  it('keeps a name or subject with line breaks from adding headers of its own', () => {
    const raw = message({
      to: { name: 'Eve\r\nBcc: victim@example.com', email: 'eve@example.com\r\nBcc: x@example.com' },
      subject: 'Hi\nBcc: victim@example.com',
    });
    const eml = readEml(raw);
    expect(eml.headers.has('bcc')).toBe(false);
    expect(eml.headers.get('subject')).toBe('Hi Bcc: victim@example.com');
    expect(
      raw
        .split('\r\n\r\n')[0]
        ?.split('\r\n')
        .map((l) => l.split(':')[0]),
    ).toEqual([
      'To',
      'From',
      'Subject',
      'Date',
      'MIME-Version',
      'Content-Type',
      'Content-Transfer-Encoding',
      'X-Unsent',
    ]);
    expect(eml.headers.get('date')).toBe('Tue, 01 Dec 2026 09:30:00 +0000');
    expect(eml.headers.get('to')).toBe('"Eve Bcc: victim@example.com" <eve@example.comBcc:x@example.com>');
  });

  it('quotes plain names and encodes long non-ASCII subjects in words of at most 75 characters', () => {
    const subject = `Zoë, ${'ünïcödé '.repeat(12)}`.trim();
    const raw = message({ to: { name: 'Smith, "Jo"', email: 'jo@example.com' }, subject });
    expect(raw).toContain('To: "Smith, \\"Jo\\"" <jo@example.com>');
    const words = raw.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? [];
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
    expect(readEml(raw).headers.get('subject')).toBe(subject);
  });

  it('writes quoted-printable lines within 76 characters that decode to the text', () => {
    const body = `Trailing space \nA = sign, tab\tand ${'long words '.repeat(12)}é€😀\n\nEnd`;
    const encoded = quotedPrintable(body);
    expect(encoded).toContain('Trailing space=20\r\n');
    expect(encoded).toContain('A =3D sign');
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(readEml(message({ body })).body).toBe(body);
  });
});
