import os from 'node:os';
import { expect, test } from './fixtures';
import { inRussian } from './pages/inRussian';

/*
 * Issue 18, defect 12: every change was by "root". The person gives their name in Settings and
 * History credits the next change to it, with no restart of `galley serve`. At 1440×900 in the
 * Russian interface.
 */

const sampleHeadline = /Московский инновационный кластер/;

test('12: a name set in Settings is the author History shows for the next change', async ({
  galley,
}) => {
  const page = await inRussian(galley);
  const login = os.userInfo().username;

  await page.getByRole('button', { name: 'Настройки' }).click();
  const settings = page.getByRole('dialog', { name: 'Настройки' });
  const section = settings.getByRole('group', { name: 'Ваше имя' });
  // No name yet: the section says changes go under the computer's user name, and asks for one.
  await expect(section.getByTestId('identity-source')).toContainText(`«${login}»`);
  await expect(section.getByTestId('identity-source')).toContainText('Укажите своё имя');
  const name = section.getByRole('textbox', { name: 'Имя' });
  await expect(name).toHaveValue('');
  await page.screenshot({ path: test.info().outputPath('settings-name-ru.png') });

  await name.fill('Анна Петрова');
  await section.getByRole('button', { name: 'Сохранить имя' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Сохранено. Следующая правка будет записана от имени «Анна Петрова».',
  );
  await expect(section.getByTestId('identity-source')).toHaveText(
    'Правки, сделанные здесь, записываются от имени «Анна Петрова».',
  );
  await page.screenshot({ path: test.info().outputPath('settings-name-saved-ru.png') });
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await galley.openArticle(sampleHeadline);
  await galley.lede.fill('Лид, исправленный Анной Петровой.');
  await galley.waitUntilSaved();
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Перевести: Редактура' });
  await expect(page.locator('.editor-toolbar .status-badge')).toHaveText('Редактура');

  await page.locator('summary', { hasText: 'История' }).click();
  const history = page.getByRole('list', { name: 'История' });
  const newest = history.getByRole('button').first();
  await expect(newest).toContainText('Смена статуса: Редактура');
  await expect(newest).toContainText('Анна Петрова');
  await expect(history.getByRole('button', { name: /Правка/ }).first()).toContainText(
    'Анна Петрова',
  );
  await expect(newest).not.toContainText(login);
  await newest.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history-author-ru.png') });

  // The name is the library's: after a reload Settings still has it.
  await page.reload();
  await page.getByRole('button', { name: 'Настройки' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Настройки' }).getByRole('textbox', { name: 'Имя' }),
  ).toHaveValue('Анна Петрова');
});
