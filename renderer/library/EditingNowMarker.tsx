import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticlePresence } from '../../shared/desk/presenceSchema';
import { initialsOf } from '../editor/initialsOf';

/**
 * On a library row: someone on another workstation has this article open in an editor now.
 * Their initials in their colours; the names in the tooltip and for screen readers.
 */
export function EditingNowMarker({ people }: { people: ArticlePresence['people'] }) {
  const { t } = useTranslation();
  const label = t('presence.editingNow', {
    count: people.length,
    names: people.map((person) => person.name).join(', '),
  });
  return (
    <span
      className="editing-now"
      role="img"
      title={label}
      aria-label={label}
      data-testid="editing-now"
    >
      {people.slice(0, 3).map((person) => (
        <span
          key={person.id}
          className="editing-now-person"
          style={{ '--presence-colour': person.colour } as CSSProperties}
        >
          {initialsOf(person.name)}
        </span>
      ))}
    </span>
  );
}
