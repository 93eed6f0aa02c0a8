/** Front matter values: a string, or a list of strings. */
export type FrontMatterValue = string | string[];

/** The front matter block of a Markdown file and the Markdown after it. */
export interface FrontMatter {
  fields: ReadonlyMap<string, FrontMatterValue>;
  content: string;
}

/** A front matter block longer than this is not front matter but a document starting with `---`. */
const maxFrontMatterLines = 200;

/**
 * Splits off a `---` front matter block and reads the YAML most editors write by hand:
 * `key: value`, quoted values, `key: [a, b]` and `key:` followed by `- item` lines.
 * Nothing else of YAML is needed for article fields, and a real YAML parser would read
 * anchors, tags and aliases that untrusted files have no business using.
 */
export function parseFrontMatter(markdown: string): FrontMatter {
  const lines = markdown.split(/\r\n?|\n/);
  if (lines[0]?.trim() !== '---') return { fields: new Map(), content: markdown };
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0 || end > maxFrontMatterLines) return { fields: new Map(), content: markdown };
  const fields = new Map<string, FrontMatterValue>();
  let listKey: string | null = null;
  for (const line of lines.slice(1, end)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey !== null) {
      const list = fields.get(listKey);
      const value = unquote(item[1] ?? '');
      if (Array.isArray(list) && value) list.push(value);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) {
      listKey = null;
      continue;
    }
    const key = (pair[1] ?? '').toLowerCase();
    const raw = (pair[2] ?? '').trim();
    listKey = null;
    if (raw === '') {
      fields.set(key, []);
      listKey = key;
    } else if (raw.startsWith('[') && raw.endsWith(']')) {
      fields.set(key, splitInlineList(raw.slice(1, -1)));
    } else {
      fields.set(key, unquote(raw));
    }
  }
  return { fields, content: lines.slice(end + 1).join('\n') };
}

function splitInlineList(text: string): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(/\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]*)\s*(?:,|$)/g)) {
    const value = unquote(match[1] ?? '');
    if (value) values.push(value);
    if (match[0] === '') break;
  }
  return values;
}

function unquote(raw: string): string {
  const text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text
      .slice(1, -1)
      .replace(/\\(["\\])/g, '$1')
      .replace(/\\n/g, ' ');
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    return text.slice(1, -1).replace(/''/g, "'");
  }
  // A comment after a plain value, as YAML reads it.
  return text.replace(/\s+#.*$/, '');
}
