import type { Random } from '../support/createRandom';
import type { LanguageWriter } from './languageWriter';
import type { MarkovChain } from './mineCorpora';

/** [singular, plural], commonest first. */
const nouns: Array<[string, string]> = [
  ['government', 'governments'],
  ['budget', 'budgets'],
  ['election', 'elections'],
  ['company', 'companies'],
  ['market', 'markets'],
  ['council', 'councils'],
  ['minister', 'ministers'],
  ['policy', 'policies'],
  ['price', 'prices'],
  ['tax', 'taxes'],
  ['plan', 'plans'],
  ['report', 'reports'],
  ['project', 'projects'],
  ['law', 'laws'],
  ['inflation', 'inflation'],
  ['investment', 'investments'],
  ['school', 'schools'],
  ['hospital', 'hospitals'],
  ['court', 'courts'],
  ['study', 'studies'],
  ['vote', 'votes'],
  ['energy', 'energy'],
  ['strategy', 'strategies'],
  ['agreement', 'agreements'],
  ['decision', 'decisions'],
  ['economy', 'economies'],
  ['reform', 'reforms'],
  ['program', 'programs'],
  ['station', 'stations'],
  ['airport', 'airports'],
  ['region', 'regions'],
  ['university', 'universities'],
  ['scientist', 'scientists'],
  ['researcher', 'researchers'],
  ['factory', 'factories'],
  ['worker', 'workers'],
  ['union', 'unions'],
  ['shortage', 'shortages'],
  ['contract', 'contracts'],
  ['festival', 'festivals'],
  ['museum', 'museums'],
  ['team', 'teams'],
  ['match', 'matches'],
  ['season', 'seasons'],
  ['vaccine', 'vaccines'],
  ['satellite', 'satellites'],
  ['storm', 'storms'],
  ['flood', 'floods'],
  ['border', 'borders'],
  ['treaty', 'treaties'],
  ['transport', 'transport'],
  ['housing', 'housing'],
  ['bank', 'banks'],
  ['loan', 'loans'],
  ['fare', 'fares'],
  ['railway', 'railways'],
  ['bridge', 'bridges'],
  ['stadium', 'stadiums'],
  ['library', 'libraries'],
  ['tariff', 'tariffs'],
];
const adjectives = [
  'new',
  'local',
  'national',
  'federal',
  'regional',
  'major',
  'key',
  'public',
  'private',
  'economic',
  'financial',
  'international',
  'annual',
  'controversial',
  'ambitious',
  'long-awaited',
  'digital',
  'green',
  'urban',
  'rural',
  'temporary',
  'emergency',
];
/** [base, third person, past, -ing] */
const verbs: Array<[string, string, string, string]> = [
  ['approve', 'approves', 'approved', 'approving'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['reject', 'rejects', 'rejected', 'rejecting'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['support', 'supports', 'supported', 'supporting'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['launch', 'launches', 'launched', 'launching'],
  ['delay', 'delays', 'delayed', 'delaying'],
  ['review', 'reviews', 'reviewed', 'reviewing'],
  ['expand', 'expands', 'expanded', 'expanding'],
  ['sign', 'signs', 'signed', 'signing'],
  ['block', 'blocks', 'blocked', 'blocking'],
  ['fund', 'funds', 'funded', 'funding'],
  ['build', 'builds', 'built', 'building'],
  ['halt', 'halts', 'halted', 'halting'],
  ['extend', 'extends', 'extended', 'extending'],
  ['cancel', 'cancels', 'cancelled', 'cancelling'],
  ['cut', 'cuts', 'cut', 'cutting'],
  ['raise', 'raises', 'raised', 'raising'],
  ['freeze', 'freezes', 'froze', 'freezing'],
];
const speechVerbs = ['said', 'told reporters', 'added', 'noted', 'explained', 'warned', 'insisted'];
const firstNames: Record<'m' | 'f', string[]> = {
  m: [
    'James',
    'John',
    'Robert',
    'Michael',
    'David',
    'Thomas',
    'Daniel',
    'Mark',
    'Paul',
    'Andrew',
    'Peter',
    'Samuel',
  ],
  f: [
    'Mary',
    'Sarah',
    'Emma',
    'Laura',
    'Anna',
    'Helen',
    'Rachel',
    'Claire',
    'Julia',
    'Karen',
    'Lucy',
    'Grace',
  ],
};
const surnames = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Martin',
  'Jackson',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Hill',
  'Scott',
  'Green',
  'Adams',
  'Baker',
  'Nelson',
  'Carter',
  'Mitchell',
  'Roberts',
  'Turner',
  'Phillips',
  'Campbell',
  'Parker',
  'Evans',
  'Edwards',
  'Collins',
];
const roles = [
  'the finance minister',
  'the city council leader',
  'a spokesperson for the company',
  'the mayor',
  'the transport secretary',
  'an economist at the central bank',
  'a senior analyst',
  'the health minister',
  'the committee chair',
  'a professor of economics',
  'the project director',
  'the union leader',
  'the president',
];
const organizations = [
  'the Treasury',
  'the central bank',
  'the city council',
  'the Office for National Statistics',
  'the European Commission',
  'the World Bank',
  'the transport authority',
  'the health ministry',
  'Reuters',
  'the IMF',
];
const cities = [
  'London',
  'New York',
  'Chicago',
  'Manchester',
  'Toronto',
  'Sydney',
  'Dublin',
  'Boston',
  'Edinburgh',
  'Seattle',
  'Melbourne',
  'Denver',
  'Leeds',
  'Vancouver',
];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const rareSentences = [
  'Payments in cryptocurrency were also discussed, along with the risks of holding cryptocurrencies.',
  'Paleontologists from the university are studying the find; one paleontologist called it unique for the region.',
  'A zeppelin carrying the city logo flew over the stadium during the festival.',
  'A hypersonic engine was tested at the range last week.',
];
const rubrics = [
  'Politics',
  'Business',
  'World',
  'Society',
  'Culture',
  'Sport',
  'Science',
  'Technology',
  'Health',
  'Environment',
];
const authors = [
  'Anna Peterson',
  'John Smith',
  'Olivia Bell',
  'Daniel Orr',
  'Maria Sokol',
  'Paul Hare',
  'Ellen Wolfe',
  'Andrew Tate-Jones',
  'Irene Goose',
  'Nick Ilyin',
  'Sophie Mack',
  'Arthur Cole',
  'Julia Fox',
  'Owen Barr',
  'Tanya Cole',
  'Sam Alexander',
];

export function createEnglishWriter(random: Random, chain: MarkovChain | null): LanguageWriter {
  let articleNouns = nouns;
  let articleVerbs = verbs;
  let articleAdjectives = adjectives;
  let articleCities = cities;
  let articleOrganizations = organizations;
  const phrase = (plural = random.chance(0.3), adjective = 0.5): string => {
    const [singular, pluralForm] = random.zipf(articleNouns, 0.9);
    const head = plural ? pluralForm : singular;
    const described = random.chance(adjective)
      ? `${random.zipf(articleAdjectives, 0.8)} ${head}`
      : head;
    return random.chance(0.15)
      ? `${described} for ${random.zipf(articleNouns, 0.9)[1]}`
      : described;
  };
  const the = (text: string): string => `the ${text}`;
  const verb = () => random.zipf(articleVerbs, 0.8);
  const tail = (): string =>
    random.pick([
      '',
      '',
      ` in ${random.zipf(articleCities)}`,
      ` on ${random.pick(weekdays)}`,
      ` in ${random.pick(months)}`,
      ` by ${random.between(2, 40)} percent`,
      ` after months of talks`,
    ]);
  const clause = (): string => `${the(phrase())} ${verb()[2]} ${the(phrase())}`;
  const templates: Array<() => string> = [
    () => `${capitalize(clause())}${tail()}.`,
    () =>
      `${capitalize(random.pick(articleOrganizations))} ${verb()[2]} a ${random.zipf(articleAdjectives)} ${random.zipf(articleNouns)[0]} to ${verb()[0]} ${phrase(true)} in ${random.zipf(articleCities)}.`,
    () =>
      `Officials said ${the(phrase(false))} would ${verb()[0]} ${phrase(true)} by ${random.between(2, 30)} percent.`,
    () =>
      `According to ${random.pick(articleOrganizations)}, ${phrase(true)} ${random.pick(['rose', 'fell', 'grew', 'dropped'])} ${random.between(2, 30)} percent in ${random.pick(months)}.`,
    () => `Critics argue that ${phrase(true)} are ${verb()[3]} ${phrase(true)}.`,
    () =>
      `The ${random.zipf(articleNouns)[0]} comes after ${random.between(3, 90)} ${random.zipf(articleNouns)[1]} were ${verb()[2]} last year.`,
    () =>
      `It is the ${random.pick(['first', 'second', 'third', 'largest', 'latest'])} ${random.zipf(articleNouns)[0]} to be ${verb()[2]} in ${random.zipf(articleCities)} this year.`,
    () => `Earlier, ${clause()}${tail()}.`,
    () => `${capitalize(the(phrase(false)))} ${verb()[1]} ${the(phrase())}, while ${clause()}.`,
    () =>
      `Residents of ${random.zipf(articleCities)} ${random.pick(['complained about', 'welcomed', 'are divided over', 'protested against'])} ${the(phrase())}.`,
  ];
  const sentence = (): string => {
    if (chain && random.chance(0.35)) {
      const mined = chain.sentence(random);
      if (mined) return mined;
    }
    return random.zipf(templates, 0.5)();
  };
  const quoteContent = (): string =>
    random.chance(0.5)
      ? `We have ${verb()[2]} ${the(phrase())}${tail()}`
      : `${capitalize(clause())}${tail()}, and that is ${random.pick(['only the beginning', 'an important step', 'what people asked for', 'our priority'])}`;

  return {
    language: 'en',
    rubrics,
    tags: [...nouns.slice(0, 50).map(([singular]) => singular), ...cities],
    authors,
    startArticle: () => {
      articleNouns = random.some(nouns, 14, 0.3);
      articleVerbs = random.some(verbs, 8, 0.5);
      articleAdjectives = random.some(adjectives, 8, 0.5);
      articleCities = random.some(cities, 2, 0.9);
      articleOrganizations = random.some(organizations, 2, 0.5);
    },
    headline: () =>
      capitalize(
        `${phrase(random.chance(0.3), 0.5)} ${verb()[1]} ${phrase(random.chance(0.3), 0.6)}${random.chance(0.4) ? ` in ${random.zipf(articleCities)}` : ''}`,
      ),
    sentence,
    quote: (speaker, isFirstMention) => {
      const content = quoteContent();
      const name = isFirstMention ? `${speaker.fullName}, ${speaker.role}` : speaker.surname;
      const said = random.zipf(speechVerbs, 0.8);
      switch (random.int(4)) {
        case 0:
          return `“${content},” ${said} ${name}.`;
        case 1:
          return isFirstMention
            ? `${speaker.fullName}, ${speaker.role}, said: “${content}.”`
            : `${speaker.surname} said: “${content}.”`;
        case 2:
          return `“${content},” ${speaker.surname} ${said}. “${quoteContent()}.”`;
        default:
          return `${sentence()} “${content},” ${said} ${name}.`;
      }
    },
    blockQuote: (speaker) => ({
      text: `“${quoteContent()}. ${quoteContent()}.”`,
      attribution: `— ${speaker.fullName}, ${speaker.role}`,
    }),
    speaker: () => {
      const gender = random.chance(0.45) ? 'f' : 'm';
      const surname = random.zipf(surnames, 0.6);
      return {
        fullName: `${random.pick(firstNames[gender])} ${surname}`,
        surname,
        role: random.zipf(roles, 0.7),
        gender,
      };
    },
    subheading: () =>
      random.chance(0.5)
        ? capitalize(phrase(false, 0.8))
        : `What changes for ${random.pick(['residents', 'business', 'passengers', 'pensioners', 'students'])}`,
    listItem: () =>
      random.chance(0.5) ? `${capitalize(phrase())}: ${random.between(1, 95)}%` : sentence(),
    caption: () => `${capitalize(phrase(false, 0.7))} in ${random.zipf(articleCities)}`,
    rareSentence: () => {
      for (const [index, text] of rareSentences.entries())
        if (random.chance(0.004 / (index + 1))) return text;
      return null;
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
