import { useTranslation } from 'react-i18next';

interface LengthHintProps {
  id: string;
  length: number;
  guide: number;
}

/** A live character count against the desk's length guide; past it, a warning, not a block. */
export function LengthHint({ id, length, guide }: LengthHintProps) {
  const { t } = useTranslation();
  const isOver = length > guide;
  return (
    <span id={id} className={isOver ? 'length-hint over' : 'length-hint'} aria-live="polite">
      {isOver ? t('meta.lengthOver', { length, guide }) : t('meta.length', { length, guide })}
    </span>
  );
}
