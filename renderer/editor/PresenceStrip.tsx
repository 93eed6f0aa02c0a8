import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentPerson } from '../../shared/desk/presenceSchema';
import { initialsOf } from './initialsOf';

/** Beyond this many, the rest are a count: the header keeps its one line. */
const shownPeople = 4;

/**
 * Who else is in the article now, in the editor's header: a round avatar in the person's
 * colour (the colour of their caret in the body), their name and role. One entry per person,
 * however many windows they have open.
 */
export function PresenceStrip({ people }: { people: readonly PresentPerson[] }) {
  const { t } = useTranslation();
  const byPerson = new Map<string, PresentPerson>();
  for (const person of people) if (!byPerson.has(person.id)) byPerson.set(person.id, person);
  const everyone = [...byPerson.values()];
  if (everyone.length === 0) return null;
  const shown = everyone.slice(0, shownPeople);
  const rest = everyone.length - shown.length;
  return (
    <ul
      className="presence-strip"
      aria-label={t('presence.inArticle')}
      data-testid="presence-strip"
    >
      {shown.map((person) => {
        const label = t('presence.person', {
          name: person.name,
          role: t(`presence.role.${person.role}`),
        });
        return (
          <li
            key={person.id}
            className="presence-person"
            title={label}
            aria-label={label}
            style={{ '--presence-colour': person.colour } as CSSProperties}
          >
            <span className="presence-avatar" aria-hidden="true">
              {initialsOf(person.name)}
            </span>
            <span className="presence-name" aria-hidden="true">
              {person.name}
              <span className="presence-role"> · {t(`presence.role.${person.role}`)}</span>
            </span>
          </li>
        );
      })}
      {rest > 0 && <li className="presence-more">{t('presence.more', { count: rest })}</li>}
    </ul>
  );
}
