import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { buildPlainDocx } from '../support/buildPlainDocx';
import { makeTempDir } from '../support/galleyServer';
import { expect, test } from './fixtures';
import type { GalleyPage } from './pages/GalleyPage';
import { selectEditorText } from './pages/selectEditorText';

/*
 * Issue 18: every screen and dialog of the Russian interface at 1440×900, screenshotted into
 * test-results/artifacts/ru-*.png for a person to look at, and checked for what a Russian desk
 * editor must never see: an English sentence, an i18n key, an unfilled placeholder.
 */

test.use({ viewport: { width: 1440, height: 900 } });

const sampleHeadline = /Московский инновационный кластер/;

/** i18n keys or placeholders shown as they are: «export.title», «{{count}}», «undefined». */
const rawKey =
  /\{\{|\bundefined\b|\bNaN\b|\b(?:app|library|editor|toolbar|quotes|export|desk|meta|history|find|settings|terms|queue|publishing|spelling|comments|counters|rule|apiError|handoff|presence|status|figure|link|save|help)\.[a-zA-Z]/;

/** The text a person reads, without what was typed into the article and its fields. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.ProseMirror, textarea, input').forEach((node) => node.remove());
    document.body.append(copy);
    const shown = copy.innerText;
    copy.remove();
    return shown;
  });
}

/** Three Latin words in a row outside the article's own text: an English sentence left over. */
async function expectNoEnglishSentence(page: Page, screen: string): Promise<void> {
  // A CLI command a hint names («galley desk user add») is typed as is, in any language.
  const words = (await shownText(page)).replace(/\bgalley(?: [a-z-]+)+/g, '');
  expect(words, `${screen}: no English sentence`).not.toMatch(/[A-Za-z]+ +[A-Za-z]+ +[A-Za-z]+/);
  expect(words, `${screen}: no raw key or placeholder`).not.toMatch(rawKey);
}

/** Names written in Latin letters in Russian too: the product, file formats, keys. */
const latinNames =
  /\b(?:Galley|JPEG|PNG|GIF|WebP|WordPress|HTTP|Ctrl|Alt|Shift|Enter|Escape|Tab|docx)\b/gi;

/**
 * The person at this workstation, named after the system account until Settings gives a name
 * (issue 18, defect 12): a name, not an English word.
 */
const accountName = new RegExp(`\\b${os.userInfo().username}\\b`, 'g');

/** No English word at all inside `where` (two Latin letters or more) but for `latinNames`. */
async function expectNoEnglishWord(where: Locator, screen: string): Promise<void> {
  const text = (await where.innerText()).replace(latinNames, '').replace(accountName, '');
  expect(text, `${screen}: no English word`).not.toMatch(/[A-Za-z]{2,}/);
}

/** On screen and on top: the point at the element's centre is the element, as a click finds it. */
async function expectReachable(element: Locator, what: string): Promise<void> {
  const placement = await element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      isInsideViewport:
        box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0 && box.height > 0,
      isOnTop: top !== null && (top === node || node.contains(top)),
    };
  });
  expect(placement, `${what}: in view and not covered`).toEqual({
    isInsideViewport: true,
    isOnTop: true,
  });
}

/** How many lines an element's text is laid out on. */
async function lineCount(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
    return tops.size;
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await expectNoEnglishSentence(page, name);
  const file = path.join(test.info().project.outputDir, `ru-${name}.png`);
  await page.screenshot({ path: file });
  await test.info().attach(`ru-${name}`, { path: file, contentType: 'image/png' });
}

async function inRussian(page: Page, galley: GalleyPage): Promise<void> {
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
  await expect(galley.articleList).toBeVisible();
}

/** A real-length Russian article: sixty paragraphs, so the body scrolls well past the toolbar. */
const paragraphs = Array.from(
  { length: 60 },
  (_, index) =>
    `Абзац ${index + 1}. Столичные власти обсуждают новый план развития транспорта: выделенные полосы, ночные маршруты и перехватывающие парковки у станций метро.`,
);

async function writeLongArticle(page: Page, galley: GalleyPage): Promise<void> {
  await page.getByRole('button', { name: 'Новая статья' }).click();
  // The first article opened fetches the editor's code, slow on a loaded machine.
  await expect(galley.headline).toBeVisible({ timeout: 20_000 });
  await expect(galley.headline).toHaveValue('');
  await galley.headline.fill('Город обсуждает новый план развития транспорта до 2030 года');
  await galley.lede.fill(
    'Мэрия представила жителям проект: выделенные полосы, ночные маршруты и новые парковки.',
  );
  await galley.rubric.fill('Транспорт');
  await galley.rubric.press('Enter');
  await galley.body.click();
  await galley.body.evaluate((root, texts) => {
    const handle = (
      root as HTMLElement & { editor?: { commands: { setContent(html: string): void } } }
    ).editor;
    handle?.commands.setContent(texts.map((text) => `<p>${text}</p>`).join(''));
  }, paragraphs);
  await expect(galley.body.locator('p')).toHaveCount(paragraphs.length);
  // An edit a person makes, so the autosave stores the body set above.
  await galley.body.locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Конец.');
  await galley.waitUntilSaved();
}

test('the library, its filters, import, export, settings, shortcuts, queue and publishing in Russian', async ({
  galley,
  page,
}) => {
  test.setTimeout(150_000);
  await inRussian(page, galley);
  // Tags on the sample article, so the tag filter and the tag list have something to show.
  await galley.openArticle(sampleHeadline);
  const tags = page.getByRole('combobox', { name: 'Теги' });
  for (const tag of ['инновации', 'БРИКС']) {
    await tags.fill(tag);
    await tags.press('Enter');
  }
  await galley.waitUntilSaved();
  await shoot(page, 'library');

  await page.locator('.library-filters > summary').click();
  const filters = page.locator('.library-filters');
  await expect(filters.getByText('Изменена с')).toBeVisible();
  await expect(filters.getByLabel('Рубрика').locator('option').first()).toHaveText('Любая');
  await expect(filters.getByLabel('Тег').locator('option').first()).toHaveText('Любой');
  await expectNoEnglishWord(filters, 'library filters');
  await shoot(page, 'library-filters');
  await page.locator('.library-filters > summary').click();

  // The import summary (the file chooser itself is the system's own dialog).
  await page.getByTestId('import-input').setInputFiles({
    name: 'библиотека.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: buildPlainDocx([
      'В Москве открылась новая библиотека',
      'Она работает круглосуточно и без выходных.',
      'В фонде сто тысяч книг, из них десять тысяч — на иностранных языках.',
    ]),
  });
  const report = page.locator('.import-report');
  await expect(report).toContainText('Импортирована 1 статья.');
  await expectNoEnglishWord(report, 'import summary');
  await shoot(page, 'import-summary');

  // Export: the dialog, then a summary with the sample article held back by its quotation.
  const root = makeTempDir('galley-site-');
  await page.getByRole('button', { name: 'Экспорт…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Экспорт на сайт' });
  await exportDialog.getByLabel('Папка сайта').fill(path.join(root, 'site'));
  await exportDialog.getByLabel('Адрес сайта').fill('https://news.example');
  await expectNoEnglishWord(exportDialog, 'export dialog');
  // «Рубрика» is feminine: «Любая», not «Любой».
  await expect(exportDialog.getByLabel('Рубрика').locator('option').first()).toHaveText('Любая');
  await shoot(page, 'export');
  await exportDialog.getByLabel('Все статьи').check();
  await exportDialog.getByRole('button', { name: 'Экспортировать', exact: true }).click();
  const summary = exportDialog.getByTestId('export-summary');
  await expect(summary.getByRole('list', { name: 'Задержаны' })).toBeVisible();
  // The summary is brought into view inside the dialog's body: the title stays, and the folder
  // line is whole above the buttons, not cut off under them.
  await expectReachable(exportDialog.getByRole('heading', { name: 'Экспорт на сайт' }), 'title');
  const folderLine = summary.locator('.export-folder');
  await expectReachable(folderLine, 'folder line');
  const folderBottom = await folderLine.evaluate((node) => node.getBoundingClientRect().bottom);
  const actionsTop = await exportDialog
    .locator('.dialog-actions')
    .evaluate((node) => node.getBoundingClientRect().top);
  expect(folderBottom, 'the folder line ends above the buttons').toBeLessThanOrEqual(actionsTop);
  await shoot(page, 'export-summary');
  await exportDialog.getByRole('button', { name: 'Закрыть' }).click();
  await expect(exportDialog).toBeHidden();

  // Settings, section by section: guides and spelling, rubrics and tags, the desk.
  await page.getByRole('button', { name: 'Настройки', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Настройки' });
  await expect(settings).toBeVisible();
  await shoot(page, 'settings');
  const terms = settings.getByRole('group', { name: 'Рубрики и теги' });
  await terms.scrollIntoViewIfNeeded();
  await expect(terms.getByText('Общество')).toBeVisible();
  await expectNoEnglishWord(terms, 'rubrics and tags');
  await shoot(page, 'settings-terms');
  await terms.getByRole('button', { name: 'Переименовать «Общество»' }).click();
  await expect(terms.getByLabel('Новое название для «Общество»')).toBeFocused();
  await shoot(page, 'settings-terms-rename');
  await page.keyboard.press('Escape');
  await terms.getByRole('button', { name: 'Удалить «Общество»' }).click();
  const question = terms.getByRole('alertdialog');
  await expect(question).toContainText(
    'Удалить рубрику «Общество»? 1 статья останется без рубрики.',
  );
  // The question opens below the lists: its buttons are brought into the dialog's view.
  for (const answer of ['Удалить', 'Отмена'])
    await expectReachable(question.getByRole('button', { name: answer }), answer);
  await shoot(page, 'settings-terms-delete');
  await question.getByRole('button', { name: 'Отмена' }).click();
  const desk = settings.getByRole('group', { name: 'Редакция' });
  await desk.scrollIntoViewIfNeeded();
  await desk.getByLabel('Адрес редакции').fill('ws://127.0.0.1:9');
  await desk.getByLabel('Личный токен').fill('gly_пример');
  await desk.getByRole('button', { name: 'Подключиться' }).click();
  await expect(desk.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  await expectNoEnglishWord(desk.getByRole('alert'), 'desk join refused');
  await shoot(page, 'settings-desk');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await page.getByRole('button', { name: 'Клавиши', exact: true }).click();
  const shortcuts = page.getByRole('dialog', { name: 'Сочетания клавиш' });
  await expect(shortcuts).toBeVisible();
  // The keys as this keyboard names them, the way the toolbar's tooltips write them.
  await expect(shortcuts.getByRole('row', { name: /Полужирный/ })).toContainText('Ctrl+B');
  await expect(shortcuts.getByRole('row', { name: /Варианты для слова с ошибкой/ })).toContainText(
    'F7',
  );
  await expect(shortcuts).not.toContainText('⌘');
  await shoot(page, 'shortcuts');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Моя очередь/ }).click();
  const queue = page.getByRole('dialog', { name: /Моя очередь/ });
  await expect(queue).toBeVisible();
  await expectNoEnglishWord(queue, 'my queue');
  await shoot(page, 'my-queue');
  await page.keyboard.press('Escape');
  await expect(queue).toBeHidden();

  await page.getByRole('button', { name: 'Публикация…', exact: true }).click();
  const publishing = page.getByRole('dialog', { name: 'Публикация на сайт' });
  await expect(publishing).toBeVisible();
  // No site yet: no empty «Куда» select and dead button, and a visible way out.
  await expect(publishing.getByText('Пока некуда: добавьте сайт ниже.')).toBeVisible();
  await expect(publishing.getByRole('button', { name: 'Опубликовать готовые' })).toHaveCount(0);
  await shoot(page, 'publishing');
  await publishing.getByRole('button', { name: 'Закрыть', exact: true }).click();
  await expect(publishing).toBeHidden();
});

test('a long article in the editor: find, link, figure, history with a diff, status and the gate in Russian', async ({
  galley,
  page,
}) => {
  test.setTimeout(150_000);
  await inRussian(page, galley);
  await writeLongArticle(page, galley);
  await shoot(page, 'editor-long');

  // Mid-article, the details panel fits the window and scrolls on its own: its foot (history,
  // related articles) is reachable without scrolling the article to its end.
  await galley.body.locator('p').nth(10).scrollIntoViewIfNeeded();
  const details = page.getByRole('complementary', { name: 'Свойства статьи' });
  const fits = await details.evaluate(
    (panel) => panel.getBoundingClientRect().bottom <= window.innerHeight,
  );
  expect(fits, 'the details panel ends inside the window').toBe(true);

  // Find and replace, deep in the article.
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Найти и заменить' });
  // Typed before the field has the focus, the word would land in the article and leave "Next"
  // disabled, a click that waits for ever.
  await expect(find.getByRole('textbox', { name: 'Найти', exact: true })).toBeFocused();
  await page.keyboard.type('маршруты');
  await find.getByRole('button', { name: 'Следующее', exact: true }).click();
  // The navigation buttons on one row, not split across two.
  const rowTops = await Promise.all(
    ['Предыдущее', 'Следующее', 'Закрыть'].map(async (name) =>
      Math.round((await find.getByRole('button', { name, exact: true }).boundingBox())?.y ?? -1),
    ),
  );
  expect(new Set(rowTops).size, 'Previous, Next and Close on one row').toBe(1);
  await expectNoEnglishWord(find, 'find panel');
  await shoot(page, 'find');
  await page.keyboard.press('Escape');

  // The link field, from Ctrl+K on a selected word.
  await selectEditorText(page, 'парковки');
  await page.keyboard.press('Control+K');
  const link = page.getByRole('dialog', { name: 'Ссылка' });
  await expect(link.getByLabel('Адрес ссылки')).toBeFocused();
  await shoot(page, 'link');
  await page.keyboard.press('Escape');
  await expect(link).toBeHidden();

  await page.getByRole('button', { name: 'Иллюстрация', exact: true }).click();
  const figure = page.getByRole('dialog', { name: 'Вставить иллюстрацию' });
  await expect(figure).toBeVisible();
  await expectNoEnglishWord(figure, 'figure dialog');
  await shoot(page, 'figure');
  await page.keyboard.press('Escape');
  await expect(figure).toBeHidden();

  // The status select: every allowed move, in Russian.
  const status = page.getByLabel('Статус', { exact: true });
  await expect(status.locator('option')).toHaveText([
    'Черновик',
    'Перевести: Редактура',
    'Перевести: Фактчекинг',
    'Перевести: Готово',
  ]);
  await status.selectOption({ label: 'Перевести: Редактура' });
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Редактура');
  await status.focus();
  await shoot(page, 'status');

  // History with a comparison.
  await galley.lede.fill('Мэрия представила проект: полосы, ночные маршруты и парковки.');
  await galley.waitUntilSaved();
  await page.locator('summary', { hasText: 'История' }).click();
  const history = page.getByRole('list', { name: 'История' });
  await expect(history.getByRole('button', { name: /Смена статуса: Редактура/ })).toBeVisible();
  await history.getByRole('button').first().scrollIntoViewIfNeeded();
  await expect(history.getByRole('button').first()).toBeInViewport();
  await expectNoEnglishWord(history, 'history list');
  // Several saves within a minute: each entry still reads differently (its seconds shown).
  const entries = await history.getByRole('button').allInnerTexts();
  expect(new Set(entries).size, 'every history entry is told apart').toBe(entries.length);
  await shoot(page, 'history-list');
  await history
    .getByRole('button', { name: /Правка/ })
    .first()
    .click();
  const preview = page.getByRole('dialog', { name: /Редакция от/ });
  // Against the oldest revision, the new article's empty first save: every word is new.
  const compare = preview.getByLabel('Сравнить с');
  // Picked by its name, which waits for the option. A position from `count()` did not: the
  // count is read at once, before the dialog has fetched its revision (0 under load, so index -1
  // was waited for until the timeout — the list never shrank; a delayed `revisions:get` shows it).
  const created = compare.locator('option', { hasText: 'Создана' });
  await compare.selectOption((await created.getAttribute('value')) ?? '');
  await expect(preview.getByTestId('revision-text').locator('ins').first()).toBeVisible();
  await shoot(page, 'history-diff');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('the fact-check panel, the gate and its override, and comments in Russian', async ({
  galley,
  page,
}) => {
  await inRussian(page, galley);
  await galley.openArticle(sampleHeadline);
  const panel = page.getByRole('region', { name: 'Проверка цитат' });
  await expectNoEnglishWord(panel, 'fact-check panel');
  await shoot(page, 'factcheck-found');
  await panel
    .getByRole('list', { name: 'Найдено в тексте' })
    .getByRole('button', { name: 'Принять' })
    .click();
  const form = panel.getByRole('form', { name: 'Проверка цитаты' });
  await expect(form).toBeVisible();
  await form.scrollIntoViewIfNeeded();
  await expectNoEnglishWord(panel, 'fact-check form');
  // Short uppercase labels on one line each; what was in their parentheses is a hint below.
  for (const [label, hint] of [
    ['Источник', 'Ссылка, документ или файл'],
    ['Служебная заметка', 'Не публикуется на сайте'],
  ] as const) {
    await expect(form.getByLabel(label, { exact: true })).toHaveAccessibleDescription(hint);
    expect(await lineCount(form.locator('label', { hasText: label })), label).toBe(1);
  }
  await shoot(page, 'factcheck');

  // The gate refuses «Готово»; the override asks for a reason and logs it with its date.
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Перевести: Готово' });
  const refusal = page.getByRole('alert').filter({ hasText: 'Нельзя отметить' });
  await expect(refusal).toBeVisible();
  await refusal.scrollIntoViewIfNeeded();
  await shoot(page, 'gate');
  await page.getByLabel(/Почему публикуем без проверки/).fill('Цитата из официального релиза');
  await shoot(page, 'override');
  await page.getByRole('button', { name: 'Обойти проверку: Готово' }).click();
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Готово');
  await page.locator('summary', { hasText: 'Обходы проверки' }).click();
  const log = page.getByText('Цитата из официального релиза');
  await expect(log).toBeVisible();
  await log.scrollIntoViewIfNeeded();
  await shoot(page, 'override-log');

  // Comments: nothing open is calm, not a warning; then a thread on words of the text.
  const comments = page.getByRole('region', { name: 'Комментарии' });
  const openComments = comments.getByTestId('open-comments');
  await expect(openComments).toHaveText('0 открытых обсуждений');
  await expect(openComments).toHaveClass(/is-clear/);
  // The hint names the keys the way the toolbar's tooltips do, for this keyboard.
  await expect(comments.locator('.comments-empty')).toContainText('(Ctrl+Alt+M)');
  await expect(comments.locator('.comments-empty')).not.toContainText('⌘');
  await selectEditorText(page, 'Московскую декларацию');
  await page.getByRole('button', { name: 'Комментарий', exact: true }).click();
  const composer = comments.getByRole('group', { name: 'Новый комментарий' });
  await composer.getByRole('textbox').fill('Проверьте список стран.');
  await composer.getByRole('button', { name: 'Комментировать' }).click();
  await expect(openComments).toHaveText('1 открытое обсуждение');
  await expect(openComments).not.toHaveClass(/is-clear/);
  await comments.scrollIntoViewIfNeeded();
  await expectNoEnglishWord(comments, 'comments');
  await shoot(page, 'comments');
});

test.describe('with spell check on', () => {
  test.use({ spellCheck: true });

  test('the spelling suggestions menu in Russian', async ({ galley, page }) => {
    test.setTimeout(120_000);
    await inRussian(page, galley);
    await page.getByRole('button', { name: 'Новая статья' }).click();
    await expect(galley.headline).toHaveValue('');
    await page.locator('.language-field select').selectOption('ru');
    await galley.headline.fill('Мост через реку откроют в мае');
    await galley.body.click();
    await page.keyboard.type('Мы гаворим о транспорте.');
    const error = galley.body.locator('.spelling-error', { hasText: 'гаворим' });
    await expect(error).toBeVisible({ timeout: 40_000 });
    const box = await error.boundingBox();
    if (!box) throw new Error('the word is not on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Правописание слова «гаворим»' });
    // Suggestions come from the spelling worker: on a loaded machine that takes seconds.
    await expect(menu.getByRole('menuitem', { name: 'говорим' })).toBeVisible({ timeout: 20_000 });
    await expectNoEnglishWord(menu, 'spelling menu');
    await shoot(page, 'spelling-menu');
  });
});
