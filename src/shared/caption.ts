/**
 * A caption as Pilotdesk keeps it: line breaks as "\n" (a Windows sheet
 * writes "\r\n"), no whitespace around it, accents composed (NFC). Captions
 * typed in and imported are stored this way, and two captions are the same
 * when their normal forms are, so an approved post does not go back to
 * review over how its line breaks were written.
 */
export function normalCaption(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

export const sameCaption = (a: string, b: string): boolean => normalCaption(a) === normalCaption(b);
