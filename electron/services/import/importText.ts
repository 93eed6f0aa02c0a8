import { extractPlainText } from '../../../shared/editor/extractPlainText';
import { findDocumentProblem } from '../../../shared/editor/validateDocument';
import { importHtml } from '../../../shared/import/importHtml';
import { importMarkdown } from '../../../shared/import/importMarkdown';
import { importPageText } from '../../../shared/import/importPageText';
import type { ImportedArticle } from '../../../shared/import/importedArticle';
import { ImportLimitError } from '../../../shared/import/importLimitError';
import { decodeTextBytes } from './decodeTextBytes';
import { importDocx } from './importDocx';
import { ImportError } from './importError';

/** The largest file Galley imports: far above any article, far below trouble. */
export const maxImportBytes = 20 * 1024 * 1024;

/** The formats Galley reads. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

const formatsByExtension: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

const supported = '.txt, .md, .html or .docx';

/**
 * Imports a file's bytes (a drop, a paste, or a file read by `importFile`). The format
 * comes from the name's extension and is checked against the bytes; a name without an
 * extension is sniffed. Every failure is an ImportError with a one-line message naming
 * the file; nothing is stored here, so a refused file leaves no trace.
 */
export async function importText(name: string, bytes: Uint8Array): Promise<ImportedArticle> {
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty');
  if (bytes.length > maxImportBytes) {
    throw new ImportError(
      name,
      `the file is too large (${megabytes(bytes.length)}; the limit is 20 MB)`,
    );
  }
  const format = detectFormat(name, bytes);
  const article = await convert(name, format, bytes);
  const problem = findDocumentProblem(article.body);
  if (problem) throw new ImportError(name, `could not be converted (${problem})`);
  const hasWords =
    article.headline ||
    article.lede ||
    extractPlainText(article.body).trim() ||
    article.images.length;
  if (!hasWords) throw new ImportError(name, 'there is no text to import');
  return article;
}

async function convert(
  name: string,
  format: ImportFormat,
  bytes: Uint8Array,
): Promise<ImportedArticle> {
  let text = '';
  if (format !== 'docx') {
    const decoded = decodeTextBytes(bytes, format === 'html');
    if (!decoded.ok) throw new ImportError(name, decoded.reason);
    text = decoded.text;
  }
  try {
    if (format === 'docx') return await importDocx(name, bytes);
    if (format === 'markdown') return importMarkdown(text);
    if (format === 'html') return importHtml(text);
    return importPageText(text);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof ImportLimitError) throw new ImportError(name, error.message);
    // A converter bug must still end as one clear line.
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(name, `could not be converted (${detail.split('\n')[0] ?? ''})`);
  }
}

/** The format of a file, from its extension, confirmed by its first bytes. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === undefined) return isZip ? 'docx' : sniffText(bytes);
  const format = formatsByExtension[extension];
  if (format === 'docx' && !isZip)
    throw new ImportError(name, 'not a DOCX file (it is not a ZIP archive)');
  if (format) return format;
  if (extension === 'doc') {
    throw new ImportError(name, 'old Word .doc files are not supported: save it as .docx');
  }
  throw new ImportError(name, `unsupported file type .${extension} (Galley imports ${supported})`);
}

function sniffText(bytes: Uint8Array): ImportFormat {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^<(!doctype|html|head|body|meta|p|div|h[1-6]|article)[\s>]/i.test(head)) return 'html';
  if (/^(---\r?\n|#{1,6} )/.test(head)) return 'markdown';
  return 'text';
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
