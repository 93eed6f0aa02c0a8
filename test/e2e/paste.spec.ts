import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Pastes as the browser would: a real `paste` event whose clipboard holds `data`. Headless
 * Chromium has no system clipboard to fill, but ProseMirror reads only the event.
 */
async function paste(editor: Locator, data: Record<string, string>): Promise<void> {
  await editor.evaluate((element, entries) => {
    const clipboardData = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) clipboardData.setData(type, value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, data);
}

/** What must never reach the body, whatever was pasted. */
async function expectCleanHtml(editor: Locator): Promise<void> {
  const html = await editor.innerHTML();
  expect(html).not.toContain('style=');
  expect(html).not.toMatch(/class="?Mso/);
  expect(html).not.toContain('<o:p');
  expect(html).not.toContain('docs-internal-guid');
  // Tiptap draws an empty paragraph with a trailing <br>.
  expect(html).not.toMatch(/<p>(?:\s|<br[^>]*>)*<\/p>/);
}

const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"
  xmlns:w="urn:schemas-microsoft-com:office:word"><head>
  <meta name=Generator content="Microsoft Word 15">
  <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt;} --></style>
  </head><body lang=RU style='tab-interval:35.4pt'><!--StartFragment-->
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b
  style='mso-bidi-font-weight:normal'><span lang=RU style='font-size:14.0pt'>Кластер</span></b><span
  lang=RU> растёт, <i style='mso-bidi-font-style:normal'>сообщила</i> мэрия.<o:p></o:p></span></p>
  <p class=MsoNormal><o:p>&nbsp;</o:p></p>
  <p class=MsoNormal><span style='mso-bidi-font-weight:bold'>Второй абзац</span><o:p></o:p></p>
  <p class=MsoNormal><span lang=RU><o:p>&nbsp;</o:p></span></p>
  <!--EndFragment--></body></html>`;

// One server and page for the three pastes: each step pastes into an article of its own.
test('pasted Word, Google Docs and plain text arrive cleaned to the schema, each in a new article', async ({
  galley,
}) => {
  // Several tests' worth of steps in one: the time of each, less a server and page apiece.
  test.slow();
  await test.step('Word HTML is pasted cleaned to the schema', async () => {
    await galley.createArticle();
    await galley.body.click();
    await paste(galley.body, {
      'text/html': wordHtml,
      'text/plain': 'Кластер растёт, сообщила мэрия.\r\n\r\nВторой абзац\r\n',
    });

    await expect(galley.body.locator('p')).toHaveText([
      'Кластер растёт, сообщила мэрия.',
      'Второй абзац',
    ]);
    await expect(galley.body.locator('strong')).toHaveText(['Кластер']);
    await expect(galley.body.locator('em')).toHaveText(['сообщила']);
    await expectCleanHtml(galley.body);
    await galley.waitUntilSaved();
  });

  await test.step('Google Docs HTML keeps its bold spans, not its wrapper', async () => {
    await galley.createArticle();
    await galley.body.click();
    await paste(galley.body, {
      'text/html':
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5a1b2c3d-7fff">' +
        '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">' +
        '<span style="font-size:11pt;font-family:Arial;font-weight:700;white-space:pre-wrap;">Жирное</span>' +
        '<span style="font-size:11pt;font-family:Arial;font-weight:400;white-space:pre-wrap;"> и обычное</span></p>' +
        '<br><p dir="ltr" style="line-height:1.38;"><span style="font-weight:400;font-style:italic;">Курсив</span></p>' +
        '</b><br class="Apple-interchange-newline">',
      'text/plain': 'Жирное и обычное\n\nКурсив',
    });

    await expect(galley.body.locator('p')).toHaveText(['Жирное и обычное', 'Курсив']);
    await expect(galley.body.locator('strong')).toHaveText(['Жирное']);
    await expect(galley.body.locator('em')).toHaveText(['Курсив']);
    await expectCleanHtml(galley.body);
  });

  await test.step('plain text keeps its paragraphs, one per line, none empty', async () => {
    await galley.createArticle();
    await galley.body.click();
    await paste(galley.body, {
      'text/plain': 'Первый абзац.\n\n\nВторой абзац.\nТретий абзац.\n\n',
    });

    await expect(galley.body.locator('p')).toHaveText([
      'Первый абзац.',
      'Второй абзац.',
      'Третий абзац.',
    ]);
    await expectCleanHtml(galley.body);
    await galley.waitUntilSaved();
  });
});
