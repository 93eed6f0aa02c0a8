const replacements: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Markup characters, plus the code points an HTML document must not contain at all
 * (controls, noncharacters, lone surrogates): the Nu checker rejects a page holding them,
 * and no reader misses them. One class, no alternation worth backtracking over.
 */
const unsafePattern =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[&<>"'\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}]|\p{Cs}/gu;

/**
 * Every UTF-16 unit `unsafePattern` could start a match at: the same markup and controls, the
 * BMP noncharacters, and any surrogate (astral noncharacters and lone surrogates alike are
 * made of them). Without the `u` flag and the Unicode properties this runs several times
 * faster, and most text (typeset prose) holds none of them, so it is returned as it is.
 */
const mayBeUnsafe =
  // eslint-disable-next-line no-control-regex -- the same control characters as above
  /[&<>"'\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * Text made safe for HTML text content and for quoted attribute values alike: markup
 * characters become entities, forbidden code points are dropped.
 */
export function escapeHtml(text: string): string {
  if (!mayBeUnsafe.test(text)) return text;
  return text.replace(unsafePattern, (char) => replacements[char] ?? '');
}
