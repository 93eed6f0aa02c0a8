import { SpelledTextArea, type TextHighlight } from '../spelling/SpelledTextArea';
import { LengthHint } from './LengthHint';

interface LengthFieldProps {
  /** The article field: `article-${name}` is the text area, `${name}-length` its hint. */
  name: string;
  label: string;
  labelId?: string;
  rows: number;
  value: string;
  placeholder: string;
  /** The desk's length guide the hint counts against. */
  guide: number;
  onChange: (value: string) => void;
  /** Find and replace's matches in this field. */
  highlights?: readonly TextHighlight[];
  /** A new value brings the active match into view. */
  revealHighlight?: number;
}

/** A labelled text area with a live count against its length guide (headline, lede). */
export function LengthField({
  name,
  label,
  labelId,
  rows,
  value,
  placeholder,
  guide,
  onChange,
  highlights,
  revealHighlight,
}: LengthFieldProps) {
  const id = `article-${name}`;
  const hintId = `${name}-length`;
  return (
    <>
      <div className="field-heading">
        <label id={labelId} className="field-label" htmlFor={id}>
          {label}
        </label>
        <LengthHint id={hintId} length={value.length} guide={guide} />
      </div>
      <SpelledTextArea
        id={id}
        className={`${name}-input`}
        rows={rows}
        value={value}
        aria-describedby={hintId}
        placeholder={placeholder}
        onChange={onChange}
        highlights={highlights}
        revealHighlight={revealHighlight}
      />
    </>
  );
}
