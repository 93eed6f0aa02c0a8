import type { TFunction } from 'i18next';
import type { DeskPerson } from '../../shared/desk/deskPerson';

/** A person as pickers show them: the name, with the desk role when there is one. */
export function personLabel(t: TFunction, person: DeskPerson): string {
  return person.role
    ? t('handoff.personWithRole', { name: person.name, role: t(`handoff.role.${person.role}`) })
    : person.name;
}
