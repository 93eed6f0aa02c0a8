import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDocumentProblem } from '../editor/validateDocument';
import { importPageText } from './importPageText';
import { paragraphsToDocument, parsePageText } from './parsePageText';

const seedText = readFileSync(
  fileURLToPath(new URL('../../test/fixtures/seed-article-ru.txt', import.meta.url)),
  'utf8',
);

describe('parsePageText: the seed fixture', () => {
  const page = parsePageText(seedText);

  it('finds the headline, rubric and lede', () => {
    expect(page.headline).toBe('Московский инновационный кластер выходит на международный уровень');
    expect(page.rubric).toBe('Общество');
    expect(page.lede).toBe(
      'Представители Белоруссии, Индии, Бразилии, Марокко, Филиппин и других стран поставили подписи в документе, предполагающем сотрудничество в технологической сфере.',
    );
  });

  it('keeps every paragraph after the lede as body, in order', () => {
    // The fixture has six paragraphs after the lede; the last ("…важная составляющая…")
    // is the article's own closing paragraph, not page furniture, so it stays.
    expect(page.paragraphs.map((paragraph) => paragraph.split(' ').slice(0, 3).join(' '))).toEqual([
      'Представители Московского инновационного',
      'Церемония подписания состоялась',
      '«Московский инновационный кластер',
      'Помимо Московского инновационного',
      'Заключение многостороннего Соглашения',
      'Московский инновационный кластер',
    ]);
    expect(page.paragraphs[2]).toMatch(/— рассказала Наталья Сергунина\.$/);
  });

  it('keeps the six «Другие новости» headlines as related, in order', () => {
    expect(page.relatedHeadlines).toEqual([
      'Московские экспортеры примут участие в 36 выставках и бизнес-миссиях в 2025 году',
      'Крупнейшая онлайн-конференция «Поиск ответов» объединит более 200 000 участников',
      'В Москве открылся набор на новый поток проекта для НКО «Наставничество»',
      'Экспортеры за год провели около 30 тысяч деловых встреч при поддержке Москвы',
      'Для детей и подростков: какие новые книги появились на полках столичных библиотек',
      'CATL и DHL укрепляют стратегическое партнерство для развития устойчивой логистики во всем мире',
    ]);
  });

  it('imports as a Russian article with a valid body', () => {
    const article = importPageText(seedText);
    expect(article.language).toBe('ru');
    expect(article.headline).toBe(page.headline);
    expect(article.body.content).toHaveLength(6);
    expect(article.relatedHeadlines).toHaveLength(6);
    expect(findDocumentProblem(article.body)).toBeNull();
  });

  it('reads Windows line endings and stray spacing the same way', () => {
    const messy = seedText.replace(/\n/g, '  \r\n\r\n').replace(/ /g, '  ');
    expect(parsePageText(messy)).toEqual(page);
  });
});

describe('parsePageText: page variants', () => {
  it('a «Читайте также» block after the article, rubric before the headline, date line', () => {
    const page = parsePageText(
      [
        'Общество',
        'В Москве открылась новая библиотека',
        '12 марта 2025, 14:00',
        'Библиотека на Тверской приняла первых читателей в понедельник.',
        'В фонде более 50 тысяч книг.',
        'Читайте также:',
        'В Москве открылся набор на новый поток проекта',
        'Что изменится в метро с 1 апреля?',
      ].join('\n'),
    );
    expect(page).toEqual({
      headline: 'В Москве открылась новая библиотека',
      rubric: 'Общество',
      lede: 'Библиотека на Тверской приняла первых читателей в понедельник.',
      paragraphs: ['В фонде более 50 тысяч книг.'],
      relatedHeadlines: [
        'В Москве открылся набор на новый поток проекта',
        'Что изменится в метро с 1 апреля?',
      ],
      bylines: [],
    });
  });

  it('the related block first, with the rubric before the headline', () => {
    const page = parsePageText(
      'Другие новости\nНовость первая про город\nНовость вторая про транспорт\nОбщество\n' +
        'Главный заголовок статьи дня\nЛид статьи про что-то важное.\nАбзац статьи.\n',
    );
    expect(page.headline).toBe('Главный заголовок статьи дня');
    expect(page.rubric).toBe('Общество');
    expect(page.lede).toBe('Лид статьи про что-то важное.');
    expect(page.paragraphs).toEqual(['Абзац статьи.']);
    expect(page.relatedHeadlines).toEqual([
      'Новость первая про город',
      'Новость вторая про транспорт',
    ]);
  });

  it('an English page with a byline and a "Related" block', () => {
    const page = parsePageText(
      'City council approves new budget\nPolitics\nBy Jane Doe and John Roe\nMarch 3, 2025\n' +
        'The council voted 7-2 on Tuesday to approve the plan.\nThe budget includes funds for parks.\n' +
        'Related\nSchools get new buses\nWhat changes on Monday?\n',
    );
    expect(page).toEqual({
      headline: 'City council approves new budget',
      rubric: 'Politics',
      lede: 'The council voted 7-2 on Tuesday to approve the plan.',
      paragraphs: ['The budget includes funds for parks.'],
      relatedHeadlines: ['Schools get new buses', 'What changes on Monday?'],
      bylines: ['Jane Doe', 'John Roe'],
    });
    expect(
      importPageText('City council approves new budget\nThe council voted on it.').language,
    ).toBe('en');
  });

  it('an unknown rubric next to the headline under a "Related news" block', () => {
    const page = parsePageText(
      'Related news\nSchools get new buses\nCity council approves new budget\nCity Hall\n' +
        'The council voted 7-2 on Tuesday to approve the plan.\n',
    );
    expect(page.headline).toBe('City council approves new budget');
    expect(page.rubric).toBe('City Hall');
    expect(page.relatedHeadlines).toEqual(['Schools get new buses']);
  });

  it('plain text: just a headline and paragraphs', () => {
    const page = parsePageText(
      'Просто заголовок\n\nПервый абзац текста статьи.\n\nВторой абзац текста.\n',
    );
    expect(page).toEqual({
      headline: 'Просто заголовок',
      rubric: '',
      lede: 'Первый абзац текста статьи.',
      paragraphs: ['Второй абзац текста.'],
      relatedHeadlines: [],
      bylines: [],
    });
  });

  it('a one-line «Читайте также: …» inside the article leaves the body whole', () => {
    const page = parsePageText(
      'Заголовок статьи здесь\nЛид статьи про что-то важное.\nАбзац один продолжается тут.\n' +
        'Читайте также: Другая новость дня\nАбзац два заканчивается тут.\n',
    );
    expect(page.paragraphs).toEqual([
      'Абзац один продолжается тут.',
      'Абзац два заканчивается тут.',
    ]);
    expect(page.relatedHeadlines).toEqual(['Другая новость дня']);
  });

  it('empty text gives empty fields and an empty but valid document', () => {
    const page = parsePageText(' \n\n ');
    expect(page.headline).toBe('');
    expect(findDocumentProblem(paragraphsToDocument(page.paragraphs))).toBeNull();
  });
});
