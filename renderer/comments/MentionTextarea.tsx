import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface MentionTextareaProps {
  value: string;
  onChange: (value: string) => void;
  people: readonly string[];
  label: string;
  placeholder: string;
  /** Ctrl/Cmd+Enter sends. */
  onSubmit: () => void;
  autoFocus?: boolean;
}

/** The `@name` being typed just before the caret, if any. */
function mentionBeforeCaret(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}._ -]{0,40})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** A comment box that offers the desk's people after `@` and writes their full name. */
export function MentionTextarea({
  value,
  onChange,
  people,
  label,
  placeholder,
  onSubmit,
  autoFocus,
}: MentionTextareaProps) {
  const { t } = useTranslation();
  const listId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  // A composer opened with words in it (a question about a quote) goes on after them.
  useEffect(() => {
    if (!autoFocus || !textarea.current) return;
    const end = textarea.current.value.length;
    textarea.current.setSelectionRange(end, end);
    setCaret(end);
  }, [autoFocus]);
  const mention = mentionBeforeCaret(value, caret);
  const query = mention?.query.toLocaleLowerCase() ?? '';
  const matches = mention
    ? people
        .filter(
          (person) =>
            person
              .toLocaleLowerCase()
              .split(/\s+/)
              .some((word) => word.startsWith(query.split(' ')[0] ?? '')) ||
            person.toLocaleLowerCase().startsWith(query),
        )
        .filter((person) => person.toLocaleLowerCase() !== query)
        .slice(0, 6)
    : [];

  const insert = (person: string): void => {
    if (!mention) return;
    const next = `${value.slice(0, mention.start)}@${person} ${value.slice(caret)}`;
    const at = mention.start + person.length + 2;
    onChange(next);
    setCaret(at);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(at, at);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'Tab' && matches[0]) {
      event.preventDefault();
      insert(matches[0]);
    }
  };

  return (
    <div className="mention-input">
      <textarea
        ref={textarea}
        aria-label={label}
        placeholder={placeholder}
        rows={2}
        value={value}
        autoFocus={autoFocus}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        aria-controls={matches.length > 0 ? listId : undefined}
      />
      {matches.length > 0 && (
        <ul id={listId} className="mention-suggestions" aria-label={t('comments.people')}>
          {matches.map((person) => (
            <li key={person}>
              <button
                type="button"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(person)}
              >
                @{person}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
