/**
 * Reads an .eml file back the way a mail app would, written independently of
 * the writer: unfolds headers, decodes RFC 2047 words and quoted-printable.
 */

export interface ParsedEml {
  headers: Map<string, string>;
  rawHeaders: string;
  body: string;
}

function decodeWords(value: string): string {
  // Whitespace between two encoded words is not part of the text (RFC 2047 section 6.2).
  const joined = value.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/=\?([^?]+)\?[Bb]\?([^?]*)\?=/g, (_w, charset: string, data: string) => {
    if (charset.toUpperCase() !== 'UTF-8') throw new Error(`unexpected charset ${charset}`);
    return Buffer.from(data, 'base64').toString('utf8');
  });
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i] as string;
    if (ch === '=') {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(ch.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export function readEml(text: string): ParsedEml {
  const split = text.indexOf('\r\n\r\n');
  const rawHeaders = text.slice(0, split);
  const headers = new Map<string, string>();
  for (const line of rawHeaders.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const encoding = headers.get('content-transfer-encoding');
  const raw = text.slice(split + 4).replace(/\r\n$/, '');
  const body = encoding === 'quoted-printable' ? decodeQuotedPrintable(raw) : raw;
  return { headers, rawHeaders, body: body.replace(/\r\n/g, '\n') };
}
