/**
 * Quote detection's throughput in articles per CPU-second, for comparing two checkouts on a
 * shared machine where wall-clock time says little: the CPU the process used
 * (`process.cpuUsage`, user + system, every thread) is what the code costs whatever else runs.
 *
 *   npx tsx test/bench/measureQuoteCpu.ts --library FILE [--repo DIR]... [--passes N] [--warmup N]
 *     [--digest] [--language ru|en]
 *
 * --library is a bench library (`npm run bench -- --size 1000 --phases generate,import
 * --work-dir DIR --keep` leaves DIR/library.sqlite); its articles' plain text is read once,
 * untimed, in id order, as the bench's quote phase reads it. --repo is a checkout whose
 * `shared/quotes/detectQuotes.ts` runs (this one by default), so one harness measures old and
 * new code alike; with several, they take turns pass by pass in one process, each pair of
 * passes under the same load, and with two the second's rate over the first's is printed
 * per pass. Each pass runs detection over every article; the warm-up passes (2) let the JIT
 * settle and are not counted. --digest prints a SHA-256 of each checkout's quotations, to
 * show two checkouts find exactly the same. --language keeps only that language's articles, so
 * a change meant for one language can show the other's quotations unchanged.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

interface Row {
  body_text: string;
  language: 'ru' | 'en';
}

type Detect = (text: string, options: { language: 'ru' | 'en' }) => unknown[];

const flags = new Map<string, string>();
const repos: string[] = [];
const argv = process.argv.slice(2);
for (let index = 0; index < argv.length; index += 1) {
  const name = argv[index] ?? '';
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) flags.set(name, '');
  else {
    if (name === '--repo') repos.push(path.resolve(value));
    flags.set(name, value);
    index += 1;
  }
}
const libraryFile = flags.get('--library');
if (libraryFile === undefined || !fs.existsSync(libraryFile)) {
  throw new Error('--library FILE: a bench library (library.sqlite) is needed');
}
if (repos.length === 0) repos.push(path.resolve(import.meta.dirname, '..', '..'));
const passes = Number(flags.get('--passes') ?? 5);
const warmup = Number(flags.get('--warmup') ?? 2);

const db = new Database(libraryFile, { readonly: true });
const language = flags.get('--language');
const rows = db
  .prepare<[], Row>('SELECT body_text, language FROM articles ORDER BY id')
  .all()
  .filter((row) => language === undefined || row.language === language);
db.close();

const checkouts: { repo: string; detect: Detect; rates: number[]; quotes: number }[] = [];
for (const repo of repos) {
  const { detectQuotes } = (await import(
    pathToFileURL(path.join(repo, 'shared', 'quotes', 'detectQuotes.ts')).href
  )) as { detectQuotes: Detect };
  checkouts.push({ repo, detect: detectQuotes, rates: [], quotes: 0 });
}

function runPass(
  detect: Detect,
  digest?: ReturnType<typeof createHash>,
): { cpuMs: number; quotes: number } {
  let quotes = 0;
  const before = process.cpuUsage();
  for (const row of rows) {
    const found = detect(row.body_text, { language: row.language });
    quotes += found.length;
    digest?.update(JSON.stringify(found));
  }
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000, quotes };
}

for (let pass = 0; pass < warmup; pass += 1) {
  for (const checkout of checkouts) runPass(checkout.detect);
}
// Checkouts take turns pass by pass, so each pair of passes ran under the same load.
for (let pass = 0; pass < passes; pass += 1) {
  for (const checkout of checkouts) {
    const result = runPass(checkout.detect);
    checkout.quotes = result.quotes;
    checkout.rates.push(rows.length / (result.cpuMs / 1000));
  }
}
const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
for (const checkout of checkouts) {
  const sorted = [...checkout.rates].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  let line =
    `${checkout.repo}: ${rows.length} articles, ${checkout.quotes} quotations; articles per ` +
    `CPU-second median ${median.toFixed(0)} (passes ` +
    `${checkout.rates.map((rate) => rate.toFixed(0)).join(', ')}); load ${load}`;
  if (flags.has('--digest')) {
    const digest = createHash('sha256');
    runPass(checkout.detect, digest);
    line += `; digest ${digest.digest('hex').slice(0, 16)}`;
  }
  console.log(line);
}
if (checkouts.length === 2) {
  const [first, second] = checkouts;
  const ratios = (first?.rates ?? []).map((rate, pass) => (second?.rates[pass] ?? 0) / rate);
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(
    `second/first per pass: median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)} ` +
      `(${ratios.map((ratio) => ratio.toFixed(3)).join(', ')})`,
  );
}
