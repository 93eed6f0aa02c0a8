import i18next from 'i18next';
import type { ApiError } from '../../shared/api/apiResult';
import type { ExportFailure, ExportJobFailure } from '../../shared/export/exportFailure';
import type { RuleFailure } from '../../shared/rules/ruleFailure';

const shownQuotes = 3;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * A library rule's refusal in the interface language, from its code and parameters (the
 * rule's own `message` is English, for logs and the CLI).
 */
export function describeRule(rule: RuleFailure): string {
  const t = i18next.t.bind(i18next);
  switch (rule.code) {
    case 'status_move_refused':
      return t('rule.status_move_refused', {
        from: t(`status.${rule.params.from}`),
        to: t(`status.${rule.params.to}`),
      });
    case 'slug_taken':
      return t('rule.slug_taken', { slug: rule.params.slug });
    case 'quotes_open': {
      const { gate, count, quotes } = rule.params;
      const named = quotes.slice(0, shownQuotes).map((quote) =>
        t('rule.quote', {
          text: shorten(quote.exact),
          problem:
            quote.problem === 'not annotated'
              ? t('rule.notAnnotated')
              : t(`quotes.verdict.${quote.problem}`).toLowerCase(),
        }),
      );
      if (count > shownQuotes) named.push(t('rule.moreQuotes', { count: count - shownQuotes }));
      const key = gate === 'ready' ? 'rule.quotesOpenReady' : 'rule.quotesOpenExport';
      return t(key, { count, quotes: named.join(', ') });
    }
    case 'image_refused':
      return t(`rule.image_refused.${rule.params.reason}`, { max: rule.params.maxMegabytes });
    default:
      return t(`rule.${rule.code}`);
  }
}

/** What a person reads for a failed API call: the rule that refused it, else its code. */
export function describeApiError(error: Pick<ApiError, 'code' | 'rule'>): string {
  if (error.rule) return describeRule(error.rule);
  return i18next.t(`apiError.${error.code}`);
}

/** An operating-system error code (ENOSPC) as a reason a person understands. */
export function describeSystemCode(code: string | null): string {
  const t = i18next.t.bind(i18next);
  if (!code) return t('exportFailure.system.unknown');
  const known = ['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR'] as const;
  const match = known.find((candidate) => candidate === code);
  return match ? t(`exportFailure.system.${match}`) : t('exportFailure.system.other', { code });
}

/** One article (or site file) the export could not write; `name` is how to call the article. */
export function describeExportFailure(failure: ExportFailure, name: string): string {
  return i18next.t(`exportFailure.${failure.problem}`, {
    name,
    reason: describeSystemCode(failure.systemCode),
  });
}

/** Why a whole export stopped. */
export function describeExportJobFailure(failure: ExportJobFailure): string {
  return i18next.t(`exportFailure.job.${failure.problem}`, {
    reason: describeSystemCode(failure.systemCode),
  });
}
