import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The body's blocks off screen are not rendered (`content-visibility: auto`, editor.css): what
// is typed right after the caret jumps into such a block, or into one just made, lands there,
// a match far down is brought into view, and a selection over unrendered blocks copies whole.
test.use({ viewport: { width: 1440, height: 900 } });

const paragraphs = 400;
const paragraphText = (index: number) =>
  `Абзац ${index + 1}: мы говорим о бюджете региона и транспорте, это важно для всех жителей.`;

async function openLongArticle(page: Page, origin: string, token: string, launchUrl: string) {
  const api = async (channel: string, input: unknown) => {
    const response = await page.request.post(`${origin}/api/${channel}`, {
      headers: { 'Content-Type': 'application/json', 'X-Galley-Token': token },
      data: input,
    });
    const answer = (await response.json()) as { ok: boolean; value: { id: string } };
    expect(answer.ok, `${channel} answered`).toBe(true);
    return answer.value;
  };
  const { id } = await api('articles:create', { headline: 'Длинная статья', language: 'ru' });
  await api('articles:update', {
    id,
    patch: {
      body: {
        type: 'doc',
        content: Array.from({ length: paragraphs }, (_, index) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: paragraphText(index) }],
        })),
      },
    },
  });
  // A new document, not a change of the hash: the article opens as it does at start.
  await page.goto('about:blank');
  await page.goto(`${launchUrl}&article=${id}`);
}

/** Whether the element's box is inside the window. */
async function onScreen(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

test('typing right after a jump or a new paragraph in a long body lands at the caret', async ({
  page,
  galley,
  server,
}) => {
  await openLongArticle(page, server.origin, server.token, server.launchUrl);
  const blocks = galley.body.locator('xpath=./p');
  await expect(blocks).toHaveCount(paragraphs);
  await blocks.first().click();

  // No pause between the jump and the keys: the last block was off screen a moment ago.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Конец.');
  await expect(blocks.last()).toHaveText(`${paragraphText(paragraphs - 1)} Конец.`);
  expect(await onScreen(blocks.last())).toBe(true);

  await page.keyboard.press('Enter');
  await page.keyboard.type('Новый абзац.');
  await expect(blocks).toHaveCount(paragraphs + 1);
  await expect(blocks.last()).toHaveText('Новый абзац.');

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Начало. ');
  await expect(blocks.first()).toHaveText(`Начало. ${paragraphText(0)}`);
  expect(await onScreen(blocks.first())).toBe(true);

  for (let page_ = 0; page_ < 3; page_ += 1) await page.keyboard.press('PageDown');
  await page.keyboard.type('Щ');
  const typedInto = galley.body.locator('xpath=./p', { hasText: 'Щ' });
  await expect(typedInto).toHaveCount(1);
  expect(await onScreen(typedInto)).toBe(true);
  // Nothing else moved: every other paragraph is as it was.
  const texts = await blocks.allTextContents();
  const changed = texts.filter(
    (text, index) =>
      index > 0 && index < paragraphs - 1 && text !== paragraphText(index) && !text.includes('Щ'),
  );
  expect(changed).toEqual([]);

  // A block made by Enter in the middle of the body (neither first nor last), typed into at once.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Далее');
  await expect(blocks).toHaveCount(paragraphs + 2);
  const made = galley.body.locator('xpath=./p', { hasText: /^Далее/ });
  await expect(made).toHaveCount(1);
  expect(await onScreen(made)).toBe(true);
  const [typedAt, madeAt] = await Promise.all(
    [typedInto, made].map((block) =>
      block.evaluate((element) => [...element.parentElement!.children].indexOf(element)),
    ),
  );
  expect(madeAt).toBe(typedAt! + 1);
  // The block that is always rendered is the caret's, and no other.
  await expect(galley.body.locator('xpath=./*[contains(@class, "caret-block")]')).toHaveText(
    /^Далее/,
  );
});

test('find brings a match far down into view, and a selection over the whole body copies all of it', async ({
  page,
  galley,
  server,
}) => {
  await openLongArticle(page, server.origin, server.token, server.launchUrl);
  const blocks = galley.body.locator('xpath=./p');
  await expect(blocks).toHaveCount(paragraphs);
  await blocks.first().click();

  await page.keyboard.press('ControlOrMeta+f');
  const panel = page.getByRole('search', { name: 'Find and replace' });
  await panel.getByRole('textbox', { name: 'Find', exact: true }).fill(`Абзац ${paragraphs - 20}:`);
  await expect(galley.body.locator('.find-match')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const match = galley.body.locator('.find-match.active');
  await expect(match).toHaveCount(1);
  await expect.poll(() => onScreen(match)).toBe(true);
  await page.keyboard.press('Escape');

  await galley.body.click();
  await page.keyboard.press('ControlOrMeta+a');
  // The editor's own copy (what Ctrl+C puts on the clipboard), not the browser's.
  const selected = await galley.body.evaluate((body) => {
    const clipboardData = new DataTransfer();
    body.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }),
    );
    return clipboardData.getData('text/plain');
  });
  for (const index of [0, Math.floor(paragraphs / 2), paragraphs - 1]) {
    expect(selected).toContain(paragraphText(index));
  }
});
