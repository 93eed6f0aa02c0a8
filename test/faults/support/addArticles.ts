import type { Library } from '../../../electron/services/library/openLibrary';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { makeSolidPng } from '../../support/makePng';

const rubrics = ['Общество', 'Экономика', 'Культура', 'Спорт', 'World', ''];
const subjects = ['метро', 'парк', 'библиотека', 'стадион', 'школа', 'театр', 'museum', 'bridge'];

/** Adds `count` articles through the real repository, every `imageEvery`-th with a figure. */
export function addArticles(library: Library, count: number, imageEvery = 25): string[] {
  const ids: string[] = [];
  library.db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const subject = subjects[index % subjects.length] ?? 'город';
      const content: TiptapNode[] = [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: `Статья ${index}: ` },
            { type: 'text', text: subject, marks: [{ type: 'bold' }] },
            { type: 'text', text: ` открылся после ремонта, сообщили в мэрии. Story ${index}.` },
          ],
        },
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: `Подробности ${index}` }],
        },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: `«Мы ждали этого ${index} лет», — сказал директор.` }],
        },
      ];
      if (imageEvery > 0 && index % imageEvery === 0) {
        const { id } = library.images.put(
          makeSolidPng([index % 256, (index * 7) % 256, (index * 13) % 256]),
          `photo-${index}.png`,
          Date.UTC(2024, 0, 1),
        );
        content.push({
          type: 'figure',
          attrs: {
            imageId: id,
            alt: `Фото ${index}`,
            caption: `Подпись ${index}`,
            credit: 'Галли',
          },
        });
      }
      const article = library.articles.create(
        {
          headline: `Новость ${index}: ${subject} открылся после ремонта`,
          lede: `В городе ${subject} снова принимает посетителей (${index}).`,
          rubric: rubrics[index % rubrics.length] ?? '',
          tags: [subject],
          bylines: [index % 2 ? 'Анна Петрова' : 'John Smith'],
          language: index % 5 === 4 ? 'en' : 'ru',
          body: { type: 'doc', content },
        },
        'faults',
      );
      ids.push(article.id);
    }
  })();
  return ids;
}
