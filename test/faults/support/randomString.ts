import type { Random } from '../../support/createRandom';

/** Strings a fuzzer should try: empty, long, odd Unicode, syntax of other languages. */
export function randomString(random: Random): string {
  switch (random.between(0, 11)) {
    case 0:
      return '';
    case 1:
      return random.pick(['a', ' ', '0', '-1', 'null', 'true', '[]', '{}', 'NaN', 'undefined']);
    case 2:
      return 'x'.repeat(random.pick([255, 256, 1000, 10_001, 100_000, 1_000_000]));
    case 3:
      return random.pick([
        '\u0000',
        '\ud800',
        '\udfff',
        '\u2028\u2029',
        '\ufeff',
        '\u202e',
        '\uffff',
        '👩‍👩‍👧‍👦',
        'й'.normalize('NFD'),
      ]);
    case 4:
      return random.pick(["' OR 1=1 --", '"; DROP TABLE articles; --', 'NEAR(', '"', '*', 'a:b']);
    case 5:
      return random.pick([
        '../../etc/passwd',
        '/etc/passwd',
        'C:\\\\x',
        '%2e%2e/',
        'file:///etc/passwd',
      ]);
    case 6:
      return random.pick(['<script>alert(1)</script>', 'javascript:alert(1)', '${7*7}', '{{7*7}}']);
    case 7:
      return random.pick([
        '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        '01arz3ndektsv4rrffq69g5fav',
        '0'.repeat(26),
        'Z'.repeat(26),
        'I'.repeat(26),
      ]);
    case 8:
      return random.pick([
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-4fff-bfff-ffffffffffff',
        'not-a-uuid',
      ]);
    case 9:
      return random.pick([
        'https://news.example',
        'http://127.0.0.1:1',
        'ftp://x',
        'https://',
        'mailto:',
      ]);
    case 10:
      return random.pick([
        'draft',
        'ready',
        'published',
        'relevance',
        'ru',
        'en',
        'manual',
        'verified',
      ]);
    default:
      return Array.from({ length: random.between(1, 40) }, () =>
        String.fromCodePoint(
          random.pick([
            random.between(32, 126),
            random.between(0x400, 0x4ff),
            random.between(0, 0x10ffff),
          ]),
        ),
      )
        .join('')
        .replace(/[\ud800-\udfff]/g, '?');
  }
}
