import type { Editor } from '@tiptap/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleLanguage } from '../../shared/article/articleSchema';
import { countArticleAround, type ArticleCounts } from '../../shared/editor/countArticle';
import { countText, type TextCounts } from '../../shared/text/countText';
import { countBody } from './countBody';
import { createPauseTimer } from './pauseTimer';

interface ArticleCountersProps {
  editor: Editor;
  headline: string;
  lede: string;
  language: ArticleLanguage;
}

/** Counting waits for a pause in typing, then for the browser to be idle: never in a keystroke. */
const countDelayMs = 300;
const idleTimeoutMs = 1000;

interface Counts extends ArticleCounts {
  captions: TextCounts | null;
}

function countAll(editor: Editor, headline: string, lede: string, language: ArticleLanguage) {
  const { body, captions } = countBody(editor.state.doc, language);
  return {
    ...countArticleAround(body, { headline, lede, language }),
    captions: captions === null ? null : countText(captions, language),
  };
}

function isSameTextCounts(a: TextCounts | null, b: TextCounts | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.words === b.words &&
    a.charactersWithSpaces === b.charactersWithSpaces &&
    a.charactersWithoutSpaces === b.charactersWithoutSpaces &&
    a.readingMinutes === b.readingMinutes
  );
}

function isSameCounts(a: Counts, b: Counts): boolean {
  return (
    isSameTextCounts(a.body, b.body) &&
    isSameTextCounts(a.article, b.article) &&
    isSameTextCounts(a.captions, b.captions)
  );
}

/**
 * Words, characters with and without spaces («знаки с пробелами / без»), reading time: a
 * status bar that stays in sight at the foot of the editor while the person types. The body
 * and the article are counted as the export counts them (captions apart); captions get their
 * own row, since a desk sizes them too.
 */
export const ArticleCounters = memo(function ArticleCounters({
  editor,
  headline,
  lede,
  language,
}: ArticleCountersProps) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<Counts>(() => countAll(editor, headline, lede, language));

  useEffect(() => {
    let idle: number | undefined;
    const count = (): void => {
      idle = undefined;
      const next = countAll(editor, headline, lede, language);
      // Counts that come out as they were (a letter typed and taken back) render nothing.
      setCounts((current) => (isSameCounts(current, next) ? current : next));
    };
    const pause = createPauseTimer(() => {
      idle = requestIdleCallback(count, { timeout: idleTimeoutMs });
    });
    const recount = (): void => {
      if (idle !== undefined) cancelIdleCallback(idle);
      idle = undefined;
      pause.poke(countDelayMs);
    };
    recount();
    editor.on('update', recount);
    return () => {
      pause.cancel();
      if (idle !== undefined) cancelIdleCallback(idle);
      editor.off('update', recount);
    };
  }, [editor, headline, lede, language]);

  const row = (label: string, value: ArticleCounts['body'], testId: string) => (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      <td>{value.words}</td>
      <td>{value.charactersWithSpaces}</td>
      <td>{value.charactersWithoutSpaces}</td>
      <td>{t('counters.minutes', { count: value.readingMinutes })}</td>
    </tr>
  );

  return (
    <table className="article-counters" aria-label={t('counters.label')}>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('counters.words')}</th>
          <th scope="col">{t('counters.withSpaces')}</th>
          <th scope="col">{t('counters.withoutSpaces')}</th>
          <th scope="col">{t('counters.reading')}</th>
        </tr>
      </thead>
      <tbody>
        {row(t('counters.body'), counts.body, 'counts-body')}
        {row(t('counters.article'), counts.article, 'counts-article')}
        {counts.captions && row(t('counters.captions'), counts.captions, 'counts-captions')}
      </tbody>
    </table>
  );
});
