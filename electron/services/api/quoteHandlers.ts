import type { ActorOf } from '../identity/workstationIdentity';
import type { FactCheckService } from '../quotes/factCheckService';
import type { ArticleWorkflow } from '../workflow/articleWorkflow';
import { valueOrApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

type QuoteChannels =
  | 'quotes:list'
  | 'quotes:create'
  | 'quotes:update'
  | 'quotes:dismiss'
  | 'quotes:remove'
  | 'quotes:history';

/** The fact-check panel's calls: the ledger, detector suggestions, and history. */
export function createQuoteHandlers(
  factCheck: FactCheckService,
  workflow: ArticleWorkflow,
  actor: ActorOf,
): Pick<ApiHandlers, QuoteChannels> {
  return {
    'quotes:list': ({ articleId }) => {
      const list = valueOrApiFailure(factCheck.list(articleId));
      return { ...list, exportGate: workflow.publishGateOf(articleId) };
    },
    'quotes:create': (quote) => valueOrApiFailure(factCheck.annotate(quote, actor())),
    'quotes:update': ({ id, patch }) => valueOrApiFailure(factCheck.check(id, patch, actor())),
    'quotes:dismiss': (suggestion) => valueOrApiFailure(factCheck.dismiss(suggestion, actor())),
    'quotes:remove': ({ id }) => valueOrApiFailure(factCheck.removeManual(id, actor())),
    'quotes:history': ({ id }) => ({ entries: valueOrApiFailure(factCheck.history(id)) }),
  };
}
