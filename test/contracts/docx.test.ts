import { describe, expect, it } from 'vitest';
import { documentXml, docxBytes, xmlText } from '../../src/main/core/contracts/docx';
import { unzip } from './docx-reader';

describe('the .docx writer', () => {
  it('escapes markup and drops the control characters XML cannot hold', () => {
    expect(xmlText(`a<b>&"c"'d'\u0007\u0000e\tf`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e\tf');
    expect(xmlText('</w:t><w:t>x')).toBe('&lt;/w:t&gt;&lt;w:t&gt;x');
  });

  it('writes headings, bold paragraphs, line breaks, bullets and a table in order', () => {
    const xml = documentXml([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'one\ntwo', bold: true },
      { kind: 'bullet', text: 'point' },
      { kind: 'table', rows: [['A', 'B'], ['only one']], header: true },
    ]);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Title</w:t>');
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:br/><w:t xml:space="preserve">two</w:t></w:r>');
    expect(xml).toContain('• point');
    // A short row is padded to the table's width.
    expect(xml.match(/<w:tc>/g)).toHaveLength(4);
    expect(xml.indexOf('Title')).toBeLessThan(xml.indexOf('point'));
  });

  it('packs the parts Word needs, readable back with zlib', () => {
    const parts = unzip(docxBytes([{ kind: 'paragraph', text: 'Grüße' }]));
    expect(parts.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    expect(parts.get('_rels/.rels')).toContain('Target="word/document.xml"');
    expect(parts.get('word/_rels/document.xml.rels')).toContain('Target="styles.xml"');
    expect(parts.get('word/styles.xml')).toContain('w:styleId="Heading1"');
    expect(parts.get('word/document.xml')).toContain('Grüße');
  });
});
