import type { Messages } from './en';

/** Russian interface strings. Plural keys follow i18next's CLDR suffixes (one/few/many/other). */
export const ru: Messages & { library: { count_few: string; count_many: string } } = {
  app: {
    title: 'Galley',
    interfaceLanguage: 'Язык интерфейса',
  },
  library: {
    heading: 'Библиотека',
    newArticle: 'Новая статья',
    untitled: 'Без заголовка',
    empty: 'Статей пока нет.',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить библиотеку: {{message}}',
    count_one: '{{count}} статья',
    count_few: '{{count}} статьи',
    count_many: '{{count}} статей',
    count_other: '{{count}} статьи',
  },
  status: {
    draft: 'Черновик',
    editing: 'Редактура',
    'fact-check': 'Фактчекинг',
    ready: 'Готово',
    published: 'Опубликовано',
  },
  editor: {
    headline: 'Заголовок',
    lede: 'Лид',
    rubric: 'Рубрика',
    body: 'Текст статьи',
    placeholderHeadline: 'Заголовок',
    placeholderLede: 'Подзаголовок — первый абзац под заголовком',
    noSelection: 'Выберите статью в библиотеке или создайте новую.',
    loading: 'Открываем статью…',
    loadFailed: 'Не удалось открыть статью: {{message}}',
    delete: 'Удалить',
    confirmDelete: 'Удалить эту статью насовсем?',
    confirmYes: 'Удалить',
    confirmNo: 'Оставить',
    slug: 'Адрес: {{slug}}',
  },
  save: {
    saved: 'Сохранено',
    saving: 'Сохраняем…',
    failed: 'Не сохранено: {{message}}',
    retry: 'Повторить',
    conflict: 'Статью изменили в другом окне: обновите, чтобы увидеть новую версию',
    reload: 'Обновить',
  },
};
