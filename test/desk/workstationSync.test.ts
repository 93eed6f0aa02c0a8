import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { replicationOf } from '../../electron/services/desk/articleReplication';
import type { DeskAgent } from '../../electron/services/desk/deskAgent';
import type { Library } from '../../electron/services/library/openLibrary';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { FactCheckService } from '../../electron/services/quotes/factCheckService';
import { ArticleWorkflow } from '../../electron/services/workflow/articleWorkflow';
import { runCliCaptured } from '../support/runCliCaptured';
import { doc, paragraph, text } from '../support/tiptapNodes';
import { makePng } from '../support/makePng';
import { waitFor } from './connectToDesk';
import { paragraphTexts } from './paragraphTexts';
import { useDeskOfPeople } from './useDeskOfPeople';

function paragraphs(...texts: string[]): TiptapNode {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

function bodyTexts(library: Library, id: string): string[] {
  return paragraphTexts(library.articles.get(id)?.body);
}

describe('workstations joined to one desk', () => {
  const people = useDeskOfPeople('galley-sync-', [
    ['Анна Петрова', 'editor'],
    ['Борис Иванов', 'fact-checker'],
    ['Анна', 'fact-checker'],
    ['Вера Соколова', 'chief'],
  ]);
  const { workstation, leave } = people;
  let token: string;
  let borisToken: string;
  let checkerToken: string;
  let chiefToken: string;

  beforeAll(() => {
    token = people.tokenOf('Анна Петрова');
    borisToken = people.tokenOf('Борис Иванов');
    checkerToken = people.tokenOf('Анна');
    chiefToken = people.tokenOf('Вера Соколова');
  });

  /** A machine whose local login claims to be someone the desk never verified. */
  const claimingWorkstation = (name: string): Library => workstation(name, 'Главный редактор');
  const anchoredQuote = (quoteId: string, words: string, after: string[] = []): TiptapNode =>
    doc(
      paragraph(
        text('Мэр сказал: «'),
        text(words, { type: 'quoteAnchor', attrs: { id: quoteId } }),
        text('».'),
      ),
      ...after.map((line) => paragraph(text(line))),
    );
  const join = (library: Library, as = token): DeskAgent =>
    people.join(library, as, { idleCloseMs: 60_000 });

  it('brings a new article from one workstation to the other, and merges offline edits', async () => {
    const first = workstation('first');
    const second = workstation('second');
    const a = join(first);
    const b = join(second, borisToken);
    const created = first.articles.create(
      {
        headline: 'Мост откроют в мае',
        lede: 'Работы идут по графику',
        body: paragraphs('Первый абзац.', 'Второй абзац.', 'Третий абзац.'),
        tags: ['транспорт'],
      },
      'Анна',
    );
    await waitFor(
      () => second.articles.get(created.id) !== undefined,
      'the article on the second workstation',
    );
    expect(second.articles.get(created.id)?.headline).toBe('Мост откроют в мае');
    expect(bodyTexts(second, created.id)).toEqual([
      'Первый абзац.',
      'Второй абзац.',
      'Третий абзац.',
    ]);

    // Both go offline and edit: different paragraphs, the same paragraph, the headline on both.
    await waitFor(() => a.status().pending === 0 && b.status().pending === 0, 'everything pushed');
    await leave(a);
    await leave(b);
    first.articles.update(
      created.id,
      {
        headline: 'Новый мост откроют в мае',
        body: paragraphs('Первый абзац, правка А.', 'Второй абзац. Дополнение А.', 'Третий абзац.'),
        tags: ['транспорт', 'мосты'],
      },
      'Анна',
    );
    second.articles.update(
      created.id,
      {
        headline: 'Мост откроют в мае 2027 года',
        body: paragraphs('Первый абзац.', 'Второй абзац. Дополнение Б.', 'Третий абзац, правка Б.'),
        tags: ['транспорт', 'город'],
      },
      'Борис',
    );
    const againA = join(first);
    const againB = join(second, borisToken);
    const same = () =>
      JSON.stringify(first.articles.get(created.id)?.body) ===
        JSON.stringify(second.articles.get(created.id)?.body) &&
      first.articles.get(created.id)?.headline === second.articles.get(created.id)?.headline &&
      againA.status().pending === 0 &&
      againB.status().pending === 0;
    await waitFor(same, 'the two workstations to converge', 15_000);
    const merged = first.articles.get(created.id);
    expect(merged?.headline).toBe('Новый мост откроют в мае 2027 года');
    expect(merged?.tags.sort()).toEqual(['город', 'мосты', 'транспорт']);
    const texts = bodyTexts(first, created.id);
    expect(texts[0]).toBe('Первый абзац, правка А.');
    expect(texts[2]).toBe('Третий абзац, правка Б.');
    // Both additions to the same paragraph survive, every character of each.
    expect(texts[1]).toContain('Дополнение А.');
    expect(texts[1]).toContain('Дополнение Б.');
    expect(texts[1]!.replace(/Дополнение [АБ]\.|\s/g, '')).toBe('Второйабзац.');
    // History names the person the desk verified for each machine's changes, not a local login.
    expect(first.articles.revisions.list(created.id).map((r) => r.author)).toContain(
      'Борис Иванов',
    );
    expect(second.articles.revisions.list(created.id).map((r) => r.author)).toContain(
      'Анна Петрова',
    );
  });

  it('shows a quote rewritten offline as changed since its offline check, on both machines', async () => {
    const editor = workstation('editor');
    const checker = workstation('checker');
    const quoteId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';
    const anchored = (words: string) =>
      doc(
        paragraph(
          text('Мэр сказал: «'),
          text(words, { type: 'quoteAnchor', attrs: { id: quoteId } }),
          text('».'),
        ),
      );
    const joinedEditor = join(editor);
    const joinedChecker = join(checker, borisToken);
    const created = editor.articles.create(
      { headline: 'Цитата мэра', body: anchored('Мост откроют в мае') },
      'Анна',
    );
    const annotated = new FactCheckService(editor).annotate(
      { articleId: created.id, id: quoteId, kind: 'inline', speaker: 'Мэр', role: '' },
      'Анна',
    );
    expect(annotated.ok).toBe(true);
    await waitFor(
      () => checker.articles.quotes.get(quoteId)?.speaker === 'Мэр',
      'the annotation on the checker’s machine',
    );
    await waitFor(
      () => joinedEditor.status().pending === 0 && joinedChecker.status().pending === 0,
      'everything pushed',
    );
    await leave(joinedEditor);
    await leave(joinedChecker);

    // Offline: the checker verifies the wording she sees; the editor rewrites the quote.
    const verdict = new FactCheckService(checker).check(quoteId, { verdict: 'verified' }, 'Борис');
    expect(verdict.ok).toBe(true);
    editor.articles.update(created.id, { body: anchored('Мост откроют в июне') }, 'Анна');

    const backEditor = join(editor);
    const backChecker = join(checker, borisToken);
    const changedOn = (library: Library) => library.articles.quotes.get(quoteId);
    await waitFor(
      () =>
        changedOn(editor)?.verdict === 'changed' &&
        changedOn(checker)?.verdict === 'changed' &&
        backEditor.status().pending === 0 &&
        backChecker.status().pending === 0,
      'changed since check on both machines',
      15_000,
    );
    for (const library of [editor, checker]) {
      const annotation = changedOn(library);
      expect(annotation?.checkedText).toBe('Мост откроют в мае');
      expect(annotation?.exact).toBe('Мост откроют в июне');
      // The checker as the desk verified him, on his own machine too once the desk has named him.
      expect(annotation?.checkedBy).toBe('Борис Иванов');
      // The publish gate reads the merged ledger: the quote is open again.
      const merged = library.articles.get(created.id);
      expect(merged && new ArticleWorkflow(library).publishGate(merged)?.code).toBe('quotes_open');
    }
  });

  it('galley sync: a machine joins from the command line, sends its articles and receives the desk’s, with no duplicates on a second join', async () => {
    const cron = path.join(people.dir, 'cron.galley');
    const first = await runCliCaptured([
      'sync',
      '--desk',
      people.desk.url,
      '--token',
      token,
      '--library',
      cron,
      '--json',
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const round = JSON.parse(first.stdout) as {
      sent: number;
      received: number;
      pending: number;
      articles: number;
    };
    const onDesk = (await people.store.listDocuments()).length;
    expect(round.pending).toBe(0);
    // Its own sample article went up; everything on the desk came down.
    expect(round.articles).toBe(onDesk);
    expect(round.received).toBe(onDesk - 1);

    const again = await runCliCaptured(['sync', '--library', cron, '--json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { articles: number }).articles).toBe(onDesk);
    expect((await people.store.listDocuments()).length).toBe(onDesk);
  });

  it('refuses a sync with an unknown token or a non-desk address, with the reason', async () => {
    const lonely = path.join(people.dir, 'lonely.galley');
    const refused = await runCliCaptured([
      'sync',
      '--desk',
      people.desk.url,
      '--token',
      'gly_nope',
      '--library',
      lonely,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('unknown token');
    const wrong = await runCliCaptured([
      'sync',
      '--desk',
      'ftp://example.org',
      '--token',
      token,
      '--library',
      lonely,
    ]);
    expect(wrong.stderr).toContain('invalid address');
  });

  it('carries the images of figures with their article', async () => {
    const photographer = workstation('photographer');
    const reader = workstation('reader');
    join(photographer);
    join(reader, borisToken);
    const png = makePng(3, 2, (x, y) => [x * 80, y * 120, 200]);
    const { id: imageId } = photographer.images.put(png, 'площадь.png', Date.now());
    const created = photographer.articles.create(
      {
        headline: 'Фоторепортаж',
        body: doc(paragraph(text('Площадь утром.')), {
          type: 'figure',
          attrs: { imageId, alt: 'Площадь', caption: 'Утро', credit: 'Фото: редакция' },
        }),
      },
      'Анна',
    );
    await waitFor(
      () => reader.images.get(imageId) !== undefined,
      'the image on the reader’s machine',
      15_000,
    );
    expect(Buffer.from(reader.images.get(imageId)!.bytes).equals(Buffer.from(png))).toBe(true);
    expect(reader.articles.get(created.id)?.body.content?.[1]?.attrs?.['imageId']).toBe(imageId);
  });

  it('keeps slugs unique across the desk: the older article keeps a contested slug on every machine', async () => {
    const north = workstation('north');
    const south = workstation('south');
    // Written apart, offline, with the same headline (and so the same slug).
    const older = north.articles.create({ headline: 'Снегопад в городе' }, 'Анна');
    const younger = south.articles.create({ headline: 'Снегопад в городе' }, 'Борис');
    expect(older.id < younger.id).toBe(true);
    join(north);
    join(south, borisToken);
    const slugsOn = (library: Library) => [
      library.articles.get(older.id)?.slug,
      library.articles.get(younger.id)?.slug,
    ];
    await waitFor(
      () =>
        JSON.stringify(slugsOn(north)) ===
          JSON.stringify(['snegopad-v-gorode', 'snegopad-v-gorode-2']) &&
        JSON.stringify(slugsOn(south)) ===
          JSON.stringify(['snegopad-v-gorode', 'snegopad-v-gorode-2']),
      'the same unique slugs on both machines',
      15_000,
    );
  });

  it('deletes everywhere an article nobody is editing, and keeps one that someone edited offline meanwhile', async () => {
    const desktop = workstation('desktop');
    const laptop = workstation('laptop');
    const onDesktop = join(desktop);
    const onLaptop = join(laptop, borisToken);
    const quiet = desktop.articles.create({ headline: 'Устаревшая заметка' }, 'Анна');
    const busy = desktop.articles.create({ headline: 'Заметка в работе' }, 'Анна');
    await waitFor(
      () =>
        laptop.articles.get(quiet.id) !== undefined && laptop.articles.get(busy.id) !== undefined,
      'both articles on the laptop',
    );
    await waitFor(
      () => onDesktop.status().pending === 0 && onLaptop.status().pending === 0,
      'pushed',
    );

    desktop.articles.delete(quiet.id, 'Анна');
    await waitFor(() => laptop.articles.get(quiet.id) === undefined, 'the deletion on the laptop');

    // The laptop goes offline and edits; meanwhile the desktop deletes that article.
    await leave(onLaptop);
    laptop.articles.update(busy.id, { lede: 'Дописано в поезде' }, 'Борис');
    desktop.articles.delete(busy.id, 'Анна');
    await waitFor(() => onDesktop.status().pending === 0, 'the deletion pushed');
    const back = join(laptop, borisToken);
    // The edit wins: the article comes back on both machines, with what was typed offline.
    await waitFor(
      () =>
        desktop.articles.get(busy.id)?.lede === 'Дописано в поезде' &&
        laptop.articles.get(busy.id)?.lede === 'Дописано в поезде' &&
        back.status().pending === 0,
      'the edited article kept everywhere',
      15_000,
    );
    expect(desktop.articles.get(quiet.id)).toBeUndefined();
    // Both people are told: who deleted it, and whose edits brought it back.
    const notices = (library: Library) =>
      replicationOf(library)
        .replica.openNotices()
        .map(({ articleId, kind, person }) => ({ articleId, kind, person }));
    expect(notices(laptop)).toEqual([
      { articleId: busy.id, kind: 'kept-after-delete', person: 'Анна Петрова' },
    ]);
    await waitFor(() => notices(desktop).length === 1, 'the notice on the desktop');
    expect(notices(desktop)).toEqual([
      { articleId: busy.id, kind: 'restored-after-delete', person: 'Борис Иванов' },
    ]);
  });

  it('credits a verdict to the fact-checker the desk verified, not the name her machine claims', async () => {
    const hers = claimingWorkstation('anna-checker');
    const colleague = workstation('colleague');
    join(hers, checkerToken);
    join(colleague, borisToken);
    const quoteId = '01JF3Q6X8ZC1V7M2N4P5R6S7V1';
    const created = hers.articles.create(
      { headline: 'Мэр о мосте', body: anchoredQuote(quoteId, 'Мост откроют в мае') },
      'Главный редактор',
    );
    const checks = new FactCheckService(hers);
    const annotated = checks.annotate(
      { articleId: created.id, id: quoteId, kind: 'inline', speaker: 'Мэр', role: '' },
      'Главный редактор',
    );
    expect(annotated.ok).toBe(true);
    await waitFor(
      () => colleague.articles.quotes.get(quoteId) !== undefined,
      'the annotation on the colleague’s machine',
      15_000,
    );
    // She verifies the quote; her machine writes its local login as the checker.
    expect(checks.check(quoteId, { verdict: 'verified' }, 'Главный редактор').ok).toBe(true);
    await waitFor(
      () => colleague.articles.quotes.get(quoteId)?.verdict === 'verified',
      'the verdict on the colleague’s machine',
    );
    const there = colleague.articles.quotes.get(quoteId);
    expect(there?.checkedBy).toBe('Анна');
    expect(there?.createdBy).toBe('Анна');
    expect(there?.checkedText).toBe('Мост откроют в мае');
    expect(
      colleague.articles.quotes
        .history(quoteId)
        .map(({ actor, action, details }) => ({ actor, action, details })),
    ).toEqual([
      { actor: 'Анна', action: 'created', details: { exact: 'Мост откроют в мае' } },
      { actor: 'Анна', action: 'updated', details: { verdict: 'verified' } },
    ]);
  });

  it('carries a gate override to every machine under the chief the desk verified, for that text only', async () => {
    const chiefs = claimingWorkstation('chief');
    const night = workstation('night');
    const onChief = join(chiefs, chiefToken);
    const onNight = join(night, borisToken);
    const quoteId = '01JF3Q6X8ZC1V7M2N4P5R6S7V2';
    const created = chiefs.articles.create(
      { headline: 'Срочно: мост', body: anchoredQuote(quoteId, 'Мост закроют завтра') },
      'Главный редактор',
    );
    const annotated = new FactCheckService(chiefs).annotate(
      { articleId: created.id, id: quoteId, kind: 'inline', speaker: 'Мэр', role: '' },
      'Главный редактор',
    );
    expect(annotated.ok).toBe(true);
    const workflow = new ArticleWorkflow(chiefs);
    for (const status of ['editing', 'fact-check'] as const) {
      expect(workflow.moveStatus({ id: created.id, status }, 'Главный редактор').ok).toBe(true);
    }
    const reason = 'Мэрия подтвердила по телефону, запись будет позже';
    const moved = workflow.moveStatus(
      { id: created.id, status: 'ready', override: { reason } },
      'Главный редактор',
    );
    expect(moved.ok).toBe(true);
    const [given] = chiefs.articles.quotes.overrides(created.id);
    expect(given).toBeDefined();

    await waitFor(
      () =>
        night.articles.get(created.id)?.status === 'ready' &&
        night.articles.quotes.overrides(created.id).length === 1 &&
        onChief.status().pending === 0 &&
        onNight.status().pending === 0,
      'the article and its override on the night desk',
      15_000,
    );
    const onNightMachine = night.articles.get(created.id)!;
    // The quote is still open there, and the override given on the chief's machine lets it pass.
    expect(night.articles.quotes.get(quoteId)?.verdict).toBe('unchecked');
    expect(new ArticleWorkflow(night).publishGate(onNightMachine)).toBeNull();
    expect(night.articles.quotes.overrides(created.id)).toEqual([
      { at: given!.at, actor: 'Вера Соколова', reason, bodyHash: given!.bodyHash },
    ]);
    // Taken in once: the chief's machine got its own override back without a second row.
    expect(chiefs.articles.quotes.overrides(created.id)).toHaveLength(1);

    // An edit on the night desk: the text the override was given for is gone, on both machines.
    night.articles.update(
      created.id,
      { body: anchoredQuote(quoteId, 'Мост закроют завтра', ['Движение пустят в объезд.']) },
      'Борис',
    );
    const blockedOn = (library: Library): string | undefined => {
      const article = library.articles.get(created.id);
      return article && new ArticleWorkflow(library).publishGate(article)?.code;
    };
    expect(blockedOn(night)).toBe('quotes_open');
    await waitFor(
      () => bodyTexts(chiefs, created.id).includes('Движение пустят в объезд.'),
      'the edit on the chief’s machine',
    );
    expect(blockedOn(chiefs)).toBe('quotes_open');
    expect(night.articles.quotes.overrides(created.id)).toHaveLength(1);
    expect(chiefs.articles.quotes.overrides(created.id)).toHaveLength(1);
  });
});
