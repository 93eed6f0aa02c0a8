import { buildZip, type ZipEntryInput } from '../../support/buildZip';

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** `<w:p>` paragraphs, one per text, the first styled as a heading. */
export function docxParagraphs(texts: readonly string[]): string {
  return texts
    .map(
      (text, index) =>
        `<w:p>${index === 0 ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`,
    )
    .join('');
}

/** A small but real DOCX; `bodyXml` goes inside `<w:body>`, `prolog` before `<w:document>`. */
export function buildDocx(
  bodyXml: string,
  options: { prolog?: string; extra?: ZipEntryInput[] } = {},
): Buffer {
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${options.prolog ?? ''}<w:document ${namespaces}><w:body>${bodyXml}</w:body></w:document>`,
    },
    ...(options.extra ?? []),
  ]);
}
