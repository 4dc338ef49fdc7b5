/**
 * One outreach message as an .eml draft (RFC 5322 with MIME): mail apps open
 * it as an unsent message (X-Unsent: 1) ready to check and send. Headers are
 * ASCII (RFC 2047 encoded words for anything else), the body UTF-8 in
 * quoted-printable, every line ending in CRLF.
 */

export interface EmlMessage {
  to: { name: string; email: string };
  from: { name: string | null; email: string | null };
  subject: string;
  body: string;
  date: Date;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: header values must not carry control characters
const CONTROL = /[\u0000-\u001f\u007f]+/g;
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Header text on one line: a CR or LF in a name or subject would start a header of its own. */
const oneLine = (text: string) => text.replace(CONTROL, ' ').trim();

/**
 * RFC 2047 encoded words ("=?UTF-8?B?...?="), each at most 75 characters and
 * never splitting a character's bytes, joined by folding whitespace.
 */
export function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** Unstructured header text (Subject): as is when plain ASCII, else encoded words. */
function headerText(text: string): string {
  const line = oneLine(text);
  return ASCII_PRINTABLE.test(line) && line.length <= 900 ? line : encodedWords(line);
}

/** A mailbox, "Ana López" <ana@example.com>, with the display name quoted or encoded as it needs. */
function mailbox(name: string | null, email: string): string {
  const address = oneLine(email).replace(/[<>\s]/g, '');
  const display = name ? oneLine(name) : '';
  if (!display) return `<${address}>`;
  if (!ASCII_PRINTABLE.test(display)) return `${encodedWords(display)} <${address}>`;
  return `"${display.replace(/["\\]/g, '\\$&')}" <${address}>`;
}

/** RFC 5322 date in UTC: "Mon, 14 Dec 2026 09:30:00 +0000". */
function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/**
 * Quoted-printable (RFC 2045): printable ASCII as is, other bytes as =XX,
 * trailing spaces encoded, soft line breaks keeping lines within 76 characters.
 */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n|\r/g, '\n').split('\n');
  return lines
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join('\r\n');
    })
    .join('\r\n');
}

export function emlText(m: EmlMessage): string {
  const headers = [`To: ${mailbox(m.to.name, m.to.email)}`];
  if (m.from.email) headers.push(`From: ${mailbox(m.from.name, m.from.email)}`);
  headers.push(
    `Subject: ${headerText(m.subject)}`,
    `Date: ${mailDate(m.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  );
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(m.body)}\r\n`;
}
