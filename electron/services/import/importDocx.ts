import mammoth from 'mammoth';
import { importHtml } from '../../../shared/import/importHtml';
import type { ImportedArticle } from '../../../shared/import/importedArticle';
import { checkDocxArchive } from './checkDocxArchive';
import { ImportError } from './importError';

/** Raster types a figure can show; Word's EMF/WMF drawings and TIFFs are left out. */
const keptImageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Word styles mammoth does not map by default but an article has a place for. */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'u => u',
];

/**
 * An article from a DOCX: the archive is checked against zip bombs first, then mammoth
 * renders it to HTML (embedded images as data URIs) and the HTML converter does the rest,
 * so a DOCX is sanitized by exactly the same rules as a web page. Many editors type the
 * headline as a plain first paragraph: with no Title or Heading 1, a short first paragraph
 * is taken as the headline and the next as the lede, as the page-text importer does.
 */
export async function importDocx(name: string, bytes: Uint8Array): Promise<ImportedArticle> {
  await checkDocxArchive(name, bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          if (!keptImageTypes.has(image.contentType)) return { src: '' };
          return { src: `data:${image.contentType};base64,${await image.readAsBase64String()}` };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
    throw new ImportError(name, `not a readable DOCX file: ${detail ?? 'unknown error'}`);
  }
  return importHtml(html, { guessHeadline: true });
}
