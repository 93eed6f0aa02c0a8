export type QueryGroup = 'word-ru' | 'word-en' | 'inflected' | 'prefix' | 'two-words' | 'rare';

export interface BenchQuery {
  text: string;
  group: QueryGroup;
}

const typed = (word: string): BenchQuery[] =>
  Array.from(word, (_, index) => ({ text: word.slice(0, index + 1), group: 'prefix' as const }));

/**
 * The fixed 50 queries: common single words in both languages, inflected forms (which only
 * Galley's stemming matches across forms), a Russian and an English word typed letter by
 * letter (search-as-you-type: every prefix is a query), two-word queries, and rare words.
 */
export const benchQueries: readonly BenchQuery[] = [
  ...['бюджет', 'правительство', 'реформа', 'компания', 'Москва'].map((text) => ({
    text,
    group: 'word-ru' as const,
  })),
  ...['government', 'election', 'budget', 'minister', 'market'].map((text) => ({
    text,
    group: 'word-en' as const,
  })),
  ...[
    'бюджетах',
    'реформами',
    'выборов',
    'компаниям',
    'решением',
    'elections',
    'approved',
    'companies',
    'studies',
    'investments',
  ].map((text) => ({ text, group: 'inflected' as const })),
  ...typed('президент'),
  ...typed('inflation'),
  ...[
    'налоговая реформа',
    'новый бюджет',
    'министр экономики',
    'public transport',
    'energy prices',
    'city council',
  ].map((text) => ({ text, group: 'two-words' as const })),
  ...[
    'криптовалюты',
    'палеонтологи',
    'дирижабль',
    'cryptocurrency',
    'paleontologists',
    'zeppelin',
  ].map((text) => ({
    text,
    group: 'rare' as const,
  })),
];
