/** Document blocks as a printable HTML page, for the screen's print view. Every text is escaped. */

import type { Block } from './docx';

export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\n/g, '<br>');
}

const STYLE = `body{font:11pt/1.45 system-ui,sans-serif;margin:2cm;color:#111}
h1{font-size:18pt;margin:0 0 .6em}h2{font-size:13pt;margin:1.2em 0 .4em;break-after:avoid}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #888;padding:.25em .6em;text-align:left;vertical-align:top}
ul{margin:.3em 0 .6em 1.2em;padding:0}@media print{body{margin:0}}`;

export function htmlPage(title: string, blocks: readonly Block[]): string {
  const body: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) body.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const b of blocks) {
    if (b.kind === 'bullet') {
      list.push(`<li>${htmlText(b.text)}</li>`);
      continue;
    }
    flush();
    if (b.kind === 'heading') body.push(`<h${b.level}>${htmlText(b.text)}</h${b.level}>`);
    else if (b.kind === 'paragraph')
      body.push(b.bold ? `<p><strong>${htmlText(b.text)}</strong></p>` : `<p>${htmlText(b.text)}</p>`);
    else {
      const rows = b.rows.map((r, i) => {
        const tag = b.header && i === 0 ? 'th' : 'td';
        return `<tr>${r.map((c) => `<${tag}>${htmlText(c)}</${tag}>`).join('')}</tr>`;
      });
      body.push(`<table>${rows.join('')}</table>`);
    }
  }
  flush();
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${htmlText(title)}</title><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>`;
}
