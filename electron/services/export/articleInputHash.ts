import { createHash, hash } from 'node:crypto';
import type {
  ExportArticle,
  RelatedHeadline,
  SiteConfig,
  Typography,
} from '../../../shared/export/exportTypes';
import { exportFormatVersion } from '../../../shared/export/exportFormatVersion';

// Text that exercises the typographer's rules (quotes, dashes, no-break spaces, ellipsis),
// so a change of its rules changes the fingerprint and pages are made again.
const typographyProbes = {
  ru: 'Он сказал: "Мы готовы - и 10 000 раз в 2025 г. на ул. Ленина, д. 5..." А "вы"?',
  en: "She said: \"It's ready - 10 000 times in 2025... at No. 5,\" and 'then' -- done.",
} as const;

/**
 * What every article's output depends on besides the article: the renderers' version,
 * the site settings and the typographer's behaviour. Computed once per export.
 */
export function exportFingerprint(site: SiteConfig, typography: Typography): string {
  const probes = [typography(typographyProbes.ru, 'ru'), typography(typographyProbes.en, 'en')];
  return createHash('sha256')
    .update(JSON.stringify([exportFormatVersion, site, probes]))
    .digest('hex');
}

/**
 * A hash of everything an article's files are made from: the fingerprint and the public
 * article (publication time settled, related links resolved; images are content-addressed
 * by id). Equal hashes mean the article can be skipped without rendering it; a difference
 * in key order merely costs a render.
 */
export function articleInputHash(fingerprint: string, article: ExportArticle): string {
  // The one-shot `hash` of the two strings joined: the same digest as two updates of a Hash
  // object, without the object (this runs once per article, over its whole body).
  return hash('sha256', fingerprint + JSON.stringify(article), 'hex');
}

/**
 * The stamp of an article's export inputs without its body: the fingerprint, the source's
 * digest of the article (its version, quote ledger, corrections, …), the publication time
 * and its related headlines with their resolved links. Equal stamps mean equal input hashes.
 */
export function exportStamp(
  fingerprint: string,
  articleDigest: string,
  publishedAt: number,
  related: readonly RelatedHeadline[],
): string {
  return hash('sha256', JSON.stringify([fingerprint, articleDigest, publishedAt, related]), 'hex');
}
