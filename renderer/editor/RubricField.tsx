import { useState, type FormEvent, type KeyboardEvent } from 'react';

interface RubricFieldProps {
  label: string;
  /** The article's rubric as saved (or as last confirmed here). */
  value: string;
  suggestions: readonly string[];
  onCommit: (rubric: string) => void;
}

/**
 * The rubric as a person confirms it: typing only edits a draft, and the article (so the
 * library's rubric list) takes it on Enter, on leaving the field, or on a pick from the list —
 * never a half-typed «Тр» that autosave would otherwise store as a rubric of its own.
 */
export function RubricField({ label, value, suggestions, onCommit }: RubricFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);

  const commit = (text: string): void => {
    setDraft(null);
    const rubric = text.replace(/\s+/gu, ' ').trim();
    if (rubric !== value) onCommit(rubric);
  };

  const onInput = (event: FormEvent<HTMLInputElement>): void => {
    const text = event.currentTarget.value;
    // A pick from the datalist arrives as an input without typing (Chromium: no inputType,
    // or insertReplacementText); it is a choice, so it counts at once.
    const inputType = (event.nativeEvent as Partial<InputEvent>).inputType;
    const isPick =
      (inputType === undefined || inputType === 'insertReplacementText') &&
      suggestions.includes(text);
    if (isPick) commit(text);
    else setDraft(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(event.currentTarget.value);
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
    }
  };

  return (
    <>
      <label className="field-label" htmlFor="article-rubric">
        {label}
      </label>
      <input
        id="article-rubric"
        className="rubric-input"
        list="rubric-suggestions"
        value={draft ?? value}
        onChange={onInput}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (draft !== null) commit(event.currentTarget.value);
        }}
      />
      <datalist id="rubric-suggestions">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
