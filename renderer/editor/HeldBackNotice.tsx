import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../shared/article/articleSchema';
import { describeRule } from '../api/describeApiError';
import { useApiQuery } from '../api/useApiQuery';

interface HeldBackNoticeProps {
  articleId: string;
  status: ArticleStatus;
}

/**
 * An article marked ready whose quotations reopened since (an edit of a checked quote): the
 * status stays a person's decision, but the editor says plainly that the export will hold it
 * back, and why, instead of showing «Ready» alone.
 */
export function HeldBackNotice({ articleId, status }: HeldBackNoticeProps) {
  const { t } = useTranslation();
  const gate = useApiQuery('quotes:list', { articleId }).data?.exportGate ?? null;
  if (status !== 'ready' || !gate) return null;
  return (
    <p className="held-back-notice" role="alert" data-testid="held-back-notice">
      {t('rule.heldWhileReady', { reason: describeRule(gate) })}
    </p>
  );
}
