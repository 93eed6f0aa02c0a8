import { createStemLexicon } from './createStemLexicon';

/**
 * Nouns and verbs that, written right before a quoted span, make it a name or title rather
 * than a quotation: «Зарядье» after "концертном зале", “The Daily Courier” after "the
 * newspaper", "Green Mile" after "nicknamed". Russian entries are stems; they decline.
 */
const titleCueList =
  // Russian organisations, media, works, events and places.
  'компани фирм ооо оао зао ао пао нко ано гк ип тц трц жк иа риа гуп муп фгуп газет журнал ' +
  'издани телеканал канал радиостанци радио агентств проект программ фестивал конкурс форум ' +
  'конференци выставк фильм кинофильм мультфильм книг роман повест спектакл постановк опер ' +
  'балет песн альбом сериал шоу передач рубрик парти движени фонд центр клуб команд завод ' +
  'фабрик комбинат театр кинотеатр зал парк музе отел гостиниц ресторан кафе магазин станци ' +
  'метро аэропорт вокзал операци акци кампани преми орден медал бренд сайт портал приложени ' +
  'сервис платформ объединени союз групп холдинг банк корпораци обществ организаци ' +
  'ассоциаци школ лице гимнази университет институт академи колледж стадион арен комплекс ' +
  'кластер технопарк инноград закон законопроект стать стол доклад исследовани отчет ' +
  'документ декларац стратеги концепци нацпроект госпрограмм премьер мюзикл турнир ' +
  'чемпионат матч кубок лиг рейтинг бюро студи лейбл сет издательств соцсет блог паблик ' +
  'телешоу выпуск номинаци категори учени марш митинг флешмоб хештег лозунг девиз слоган ' +
  'надпис табличк плакат кличк прозвищ псевдоним названи называем именуем т.н марк модел ' +
  'тариф линейк сери поезд самолет корабл судн ракет спутник маршрут улиц проспект площад ' +
  'район квартал поселк деревн город термин слов выражени понят фраз ' +
  // English.
  'newspaper paper magazine journal daily weekly tabloid company firm corporation group ' +
  'project program programme film movie book novel song album show series episode campaign ' +
  'operation band party brand website site app platform hashtag slogan motto nicknamed ' +
  'nickname called dubbed named titled entitled so-called term phrase word tagline headline ' +
  'column article play opera musical exhibition festival conference forum initiative scheme ' +
  'bill act law policy strategy station hotel restaurant club team school centre center hall ' +
  'arena stadium street ship vessel boat mission spacecraft rover satellite codename ' +
  'code-named codenamed sign banner placard poster shirt t-shirt label';

/**
 * Cues for words mentioned as words or nicknames: they rule a span out in any case
 * ("the words "and Emergency"", "так называемые «серые схемы»").
 */
const termCueList =
  'термин слов выражени понят фраз называем именуем т.н кличк прозвищ псевдоним лозунг ' +
  'девиз слоган хештег term phrase word nicknamed nickname dubbed so-called slogan motto ' +
  'hashtag tagline label';

const matchTitleCue = createStemLexicon(titleCueList);
const matchTermCue = createStemLexicon(termCueList);

/**
 * Whether `word`, written right before a quoted span, makes it a name or title ('name': only
 * when the span is capitalised, as names are) or a mentioned word ('term': in any case).
 */
export function findTitleCue(word: string): 'name' | 'term' | undefined {
  if (matchTermCue(word) !== undefined) return 'term';
  return matchTitleCue(word) === undefined ? undefined : 'name';
}
