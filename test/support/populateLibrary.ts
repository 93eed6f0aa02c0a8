import { openLibrary } from '../../electron/services/library/openLibrary';
import type { ArticleStatus } from '../../shared/article/articleSchema';

const rubrics = ['Общество', 'Экономика', 'Культура', 'Спорт'];
const statuses: ArticleStatus[] = ['draft', 'editing', 'fact-check', 'ready'];
const subjects = ['метро', 'парк', 'библиотека', 'стадион', 'школа', 'больница', 'театр', 'музей'];

/** Fills a library with `count` generated articles through the real repository. */
export function populateLibrary(file: string, count: number): void {
  const library = openLibrary(file);
  try {
    library.db.transaction(() => {
      for (let index = 0; index < count; index += 1) {
        const subject = subjects[index % subjects.length] ?? 'город';
        const article = library.articles.create(
          {
            headline: `Новость номер ${index}: ${subject} открылся после ремонта`,
            lede: `В Москве ${subject} снова принимает посетителей.`,
            rubric: rubrics[index % rubrics.length] ?? '',
            tags: [subject],
            bylines: [index % 2 ? 'Анна Петрова' : 'Иван Смирнов'],
            language: 'ru',
            body: {
              type: 'doc',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: `Текст статьи ${index} о том, как ${subject} работает.` },
                  ],
                },
              ],
            },
          },
          'generator',
        );
        const status = statuses[index % statuses.length] ?? 'draft';
        for (const step of statuses.slice(1, statuses.indexOf(status) + 1))
          library.articles.setStatus(article.id, step, 'generator');
      }
    })();
  } finally {
    library.close();
  }
}
