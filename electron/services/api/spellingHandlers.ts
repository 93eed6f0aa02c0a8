import type { ActorOf } from '../identity/workstationIdentity';
import type { Library } from '../library/openLibrary';
import { SpellingService } from '../spell/spellingService';
import type { ApiHandlers } from './apiHandlers';

type SpellingChannels =
  | 'spelling:check'
  | 'spelling:suggest'
  | 'spelling:words'
  | 'spelling:addWord'
  | 'spelling:removeWord';

/** The editor's spell checking and the desk dictionary. */
export function createSpellingHandlers(
  library: Library,
  actor: ActorOf,
): Pick<ApiHandlers, SpellingChannels> {
  const spelling = new SpellingService(library.db);
  return {
    'spelling:check': async ({ words }) => ({ unknown: await spelling.unknownWords(words) }),
    'spelling:suggest': async ({ word }) => ({ suggestions: await spelling.suggest(word) }),
    'spelling:words': () => ({ words: spelling.words() }),
    'spelling:addWord': async ({ word }) => ({ words: await spelling.addWord(word, actor()) }),
    'spelling:removeWord': async ({ word }) => ({ words: await spelling.removeWord(word) }),
  };
}
