import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TokenListInputProps {
  label: string;
  values: string[];
  suggestions: readonly string[];
  onChange: (values: string[]) => void;
}

/**
 * A list of names (tags, bylines): Enter, comma, leaving the field or a pick from the library's
 * suggestions adds; × removes. Typing alone adds nothing, so autosave never stores half a name.
 */
export function TokenListInput({ label, values, suggestions, onChange }: TokenListInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const listId = useId();

  const add = (text = draft): void => {
    const name = text.replace(/\s+/gu, ' ').trim();
    setDraft('');
    if (name && !values.includes(name)) onChange([...values, name]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <div className="token-list">
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <ul className="tokens" aria-label={label}>
        {values.map((value) => (
          <li key={value} className="token">
            <span>{value}</span>
            <button
              type="button"
              className="token-remove"
              aria-label={t('meta.remove', { name: value })}
              onClick={() => onChange(values.filter((item) => item !== value))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        list={listId}
        value={draft}
        placeholder={t('meta.addPlaceholder')}
        onChange={(event) => {
          const text = event.target.value;
          // A pick from the datalist (an input without typing) is a choice: it counts at once.
          const inputType = (event.nativeEvent as Partial<InputEvent>).inputType;
          const isPick =
            (inputType === undefined || inputType === 'insertReplacementText') &&
            suggestions.includes(text);
          if (isPick) add(text);
          else setDraft(text);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => add()}
      />
      <datalist id={listId}>
        {suggestions
          .filter((suggestion) => !values.includes(suggestion))
          .map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
      </datalist>
    </div>
  );
}
