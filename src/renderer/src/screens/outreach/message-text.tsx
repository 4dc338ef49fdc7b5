import type { ReactNode } from 'react';

/** Message text with each missing field's [field] marked, so a reader sees what still needs a value. */
export function MarkedText({ text, missing }: { text: string; missing: string[] }): ReactNode {
  if (missing.length === 0) return text;
  const parts = text.split(/(\[[A-Za-z][A-Za-z0-9_]*\])/);
  return parts.map((part, i) => {
    const field = /^\[([A-Za-z][A-Za-z0-9_]*)\]$/.exec(part)?.[1];
    return field && missing.includes(field) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed text
      <mark key={i} className="missing-field" title={`No value for ${field}`}>
        {part}
      </mark>
    ) : (
      part
    );
  });
}

/** Copies text with the Clipboard API, or through a hidden text area where it is refused (older web views). */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('The clipboard refused the text; select the message and copy it by hand.');
  }
}
