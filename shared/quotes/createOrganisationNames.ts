import { normalizeWord } from './normalizeWord';

/** The organisations an article has quoted so far, by the noun their name opens with. */
export interface OrganisationNames {
  /** The fullest name quoted so far that `name`, a shorter reference, stands for. */
  complete(name: string): string;
}

/**
 * "— говорится в комментарии … от областного департамента финансов" and later "— говорится в
 * сообщении департамента": a bare organisation noun refers back to the organisation the
 * article quoted under a fuller name, as a bare surname does to the full name. Names are kept
 * by their first word, so a look-up is one map read.
 */
export function createOrganisationNames(): OrganisationNames {
  const byNoun = new Map<string, string>();
  return {
    complete(name) {
      const words = name.split(/\s+/);
      const key = normalizeWord(words[0] ?? '');
      if (key.length < 4) return name;
      const known = byNoun.get(key);
      if (known !== undefined && words.length === 1) return known;
      if (words.length > 1 && (known === undefined || known.split(/\s+/).length < words.length)) {
        // Only a lower-case noun ("департамент", "министерство") is completed: a capitalised
        // single word is a name of its own ("Reuters").
        if (/^\p{Ll}/u.test(words[0] ?? '')) byNoun.set(key, name);
      }
      return name;
    },
  };
}
