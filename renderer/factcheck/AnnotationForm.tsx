import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from '../../shared/text/diffWords';
import {
  quoteSourceKinds,
  type QuoteAnnotation,
  type QuoteAnnotationPatch,
} from '../../shared/quotes/quoteAnnotationSchema';

const checkerVerdicts = ['unchecked', 'verified', 'needs-source', 'disputed', 'incorrect'] as const;

interface AnnotationFormProps {
  annotation: QuoteAnnotation;
  speakers: readonly string[];
  onSave: (patch: QuoteAnnotationPatch) => void;
}

/** Who said it, in what role, checked against what, the verdict and a private note. */
export function AnnotationForm({ annotation, speakers, onSave }: AnnotationFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Required<QuoteAnnotationPatch>>({
    speaker: annotation.speaker,
    role: annotation.role,
    sourceKind: annotation.sourceKind,
    sourceRef: annotation.sourceRef,
    sourceTimecode: annotation.sourceTimecode,
    verdict: annotation.verdict === 'changed' ? 'unchecked' : annotation.verdict,
    note: annotation.note,
  });
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const set = (patch: Partial<QuoteAnnotationPatch>): void =>
    setDraft((current) => ({ ...current, ...patch }));

  return (
    <form
      className="annotation-form"
      aria-label={t('quotes.editAnnotation')}
      onSubmit={(event) => {
        event.preventDefault();
        const patch: QuoteAnnotationPatch = { ...draft };
        // Re-saving a changed quote without touching the verdict must not mark it checked.
        if (annotation.verdict === 'changed' && draft.verdict === 'unchecked') delete patch.verdict;
        onSave(patch);
      }}
    >
      {annotation.verdict === 'changed' && annotation.checkedText !== null && (
        <div className="wording-change" role="note" aria-label={t('quotes.wordingChanged')}>
          <div>
            <span className="field-label">{t('quotes.checkedWording')}</span>
            <blockquote data-testid="checked-wording">
              {diffWords(annotation.checkedText, annotation.exact).map((part, index) =>
                part.kind === 'removed' ? (
                  <del key={index}>{part.text}</del>
                ) : part.kind === 'same' ? (
                  part.text
                ) : null,
              )}
            </blockquote>
          </div>
          <div>
            <span className="field-label">{t('quotes.currentWording')}</span>
            <blockquote data-testid="current-wording">
              {diffWords(annotation.checkedText, annotation.exact).map((part, index) =>
                part.kind === 'added' ? (
                  <ins key={index}>{part.text}</ins>
                ) : part.kind === 'same' ? (
                  part.text
                ) : null,
              )}
            </blockquote>
          </div>
        </div>
      )}
      <label className="field-label" htmlFor={field('speaker')}>
        {t('quotes.speaker')}
      </label>
      <input
        id={field('speaker')}
        list={field('speakers')}
        value={draft.speaker}
        onChange={(e) => set({ speaker: e.target.value })}
      />
      <datalist id={field('speakers')}>
        {speakers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label className="field-label" htmlFor={field('role')}>
        {t('quotes.role')}
      </label>
      <input
        id={field('role')}
        value={draft.role}
        onChange={(e) => set({ role: e.target.value })}
      />
      <label className="field-label" htmlFor={field('sourceKind')}>
        {t('quotes.sourceKind')}
      </label>
      <select
        id={field('sourceKind')}
        value={draft.sourceKind}
        onChange={(e) => set({ sourceKind: e.target.value as QuoteAnnotation['sourceKind'] })}
      >
        {quoteSourceKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`quotes.source.${kind}`)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={field('sourceRef')}>
        {t('quotes.sourceRef')}
      </label>
      <span className="field-hint" id={field('sourceRefHint')}>
        {t('quotes.sourceRefHint')}
      </span>
      <input
        id={field('sourceRef')}
        aria-describedby={field('sourceRefHint')}
        value={draft.sourceRef}
        onChange={(e) => set({ sourceRef: e.target.value })}
      />
      {draft.sourceKind === 'recording' && (
        <>
          <label className="field-label" htmlFor={field('timecode')}>
            {t('quotes.timecode')}
          </label>
          <input
            id={field('timecode')}
            value={draft.sourceTimecode}
            placeholder="00:12:34"
            onChange={(e) => set({ sourceTimecode: e.target.value })}
          />
        </>
      )}
      <label className="field-label" htmlFor={field('verdict')}>
        {t('quotes.verdictLabel')}
      </label>
      <select
        id={field('verdict')}
        value={draft.verdict}
        onChange={(e) => set({ verdict: e.target.value as (typeof checkerVerdicts)[number] })}
      >
        {checkerVerdicts.map((verdict) => (
          <option key={verdict} value={verdict}>
            {t(`quotes.verdict.${verdict}`)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={field('note')}>
        {t('quotes.note')}
      </label>
      <span className="field-hint" id={field('noteHint')}>
        {t('quotes.noteHint')}
      </span>
      <textarea
        id={field('note')}
        aria-describedby={field('noteHint')}
        rows={2}
        value={draft.note}
        onChange={(e) => set({ note: e.target.value })}
      />
      <button type="submit" className="primary">
        {t('quotes.save')}
      </button>
    </form>
  );
}
