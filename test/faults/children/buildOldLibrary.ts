// Child: `buildOldLibrary FILE VERSION ARTICLES INDEXED` makes a library at schema VERSION by
// running only the first migrations, with ARTICLES plain articles (and their search index
// when INDEXED is 1), as an older Galley would have left it.
import Database from 'better-sqlite3';
import { migrations } from '../../../electron/services/library/migrations/migrationRegistry';
import { SearchIndex } from '../../../electron/services/library/searchIndex';

const [file = '', versionText = '', countText = '0', indexedText = '0'] = process.argv.slice(2);
const version = Number(versionText);
const count = Number(countText);
if (!file || !Number.isInteger(version) || version < 1 || version >= migrations.length + 1)
  throw new Error(`usage: buildOldLibrary FILE VERSION ARTICLES INDEXED (VERSION ${versionText})`);

const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
for (const migration of migrations.filter((candidate) => candidate.version <= version)) {
  db.transaction(() => {
    db.exec(migration.sql);
    db.pragma(`user_version = ${Math.trunc(migration.version)}`);
  })();
}
const columns = new Set(
  (
    db.prepare("SELECT name FROM pragma_table_info('articles')").all() as Array<{ name: string }>
  ).map((row) => row.name),
);
const base = Date.UTC(2024, 0, 1);
db.transaction(() => {
  for (let index = 0; index < count; index += 1) {
    const text = `Текст статьи номер ${index} о городе, парке и библиотеке. Story ${index} about the city.`;
    const row: Record<string, string | number> = {
      id: `01HQ${String(index).padStart(22, '0')}`,
      headline: `Старая статья ${index}`,
      lede: `Лид старой статьи ${index}`,
      rubric: index % 2 ? 'Общество' : 'Культура',
      slug: `staraia-statia-${index}`,
      language: 'ru',
      status: 'draft',
      body_json: JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      }),
      body_text: text,
      created_at: base + index * 1000,
      updated_at: base + index * 1000,
      updated_by: 'old-galley',
      version: 1,
    };
    const names = Object.keys(row).filter((name) => columns.has(name));
    db.prepare(
      `INSERT INTO articles (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`,
    ).run(Object.fromEntries(names.map((name) => [name, row[name]])));
  }
})();
if (indexedText === '1') new SearchIndex(db).rebuildIfStale();
db.close();
process.stdout.write(`built ${file} at version ${version} with ${count} articles\n`);
