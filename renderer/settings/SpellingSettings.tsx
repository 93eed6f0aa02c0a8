import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/ApiClientContext';
import { errorMessage } from '../api/ApiCallError';
import { queryKeys } from '../api/queryKeys';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDateFormat } from '../i18n/useDateFormat';
import { setSpellCheckOn, useSpellCheckOn } from '../spelling/spellCheckSetting';
import { spellingCacheFor } from '../spelling/SpellingCache';
import './settings.css';

/** Settings → Spelling: underlining on or off, and the desk dictionary's words. */
export function SpellingSettings() {
  const { t } = useTranslation();
  const when = useDateFormat().date;
  const queryClient = useQueryClient();
  const cache = spellingCacheFor(useApiClient());
  const on = useSpellCheckOn();
  const words = useApiQuery('spelling:words', {});
  const remove = useApiMutation('spelling:removeWord', {
    onSuccess: (result, { word }) => {
      queryClient.setQueryData(queryKeys.call('spelling:words', {}), result);
      cache.forget(word);
    },
  });

  return (
    <fieldset className="desk-settings" aria-labelledby="spelling-settings-title">
      <legend id="spelling-settings-title">{t('spelling.settings')}</legend>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => setSpellCheckOn(event.target.checked)}
        />
        <span>{t('spelling.checkSpelling')}</span>
      </label>
      <h3 className="settings-subheading">{t('spelling.dictionary')}</h3>
      {words.data?.words.length === 0 && (
        <p className="settings-note">{t('spelling.dictionaryEmpty')}</p>
      )}
      {words.data && words.data.words.length > 0 && (
        <ul className="spelling-words" data-testid="desk-dictionary">
          {words.data.words.map((entry) => (
            <li key={entry.word}>
              <span className="spelling-word">{entry.word}</span>
              <span className="settings-note">
                {t('spelling.addedBy', { name: entry.addedBy, date: when(entry.addedAt) })}
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={t('spelling.remove', { word: entry.word })}
                onClick={() => remove.mutate({ word: entry.word })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {remove.error && (
        <p role="alert" className="settings-note">
          {errorMessage(remove.error)}
        </p>
      )}
    </fieldset>
  );
}
