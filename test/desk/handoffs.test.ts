import { beforeAll, describe, expect, it } from 'vitest';
import { AssignmentService } from '../../electron/services/assignment/assignmentService';
import type { DeskAgent } from '../../electron/services/desk/deskAgent';
import { readCachedDeskPeople } from '../../electron/services/desk/deskPeople';
import type { Library } from '../../electron/services/library/openLibrary';
import { ArticleWorkflow } from '../../electron/services/workflow/articleWorkflow';
import { waitFor } from './connectToDesk';
import { useDeskOfPeople } from './useDeskOfPeople';

describe('hand-offs between workstations on one desk', () => {
  const people = useDeskOfPeople('galley-handoffs-', [
    ['Анна Петрова', 'editor'],
    ['Борис Иванов', 'fact-checker'],
    ['Вера Соколова', 'chief'],
  ]);
  const { workstation, leave } = people;
  const join = async (library: Library, token: string): Promise<DeskAgent> => {
    const agent = people.join(library, token);
    await waitFor(() => readCachedDeskPeople(library.db) !== null, 'the desk people cached');
    return agent;
  };
  let editorToken: string;
  let checkerToken: string;
  let chiefToken: string;

  beforeAll(() => {
    editorToken = people.tokenOf('Анна Петрова');
    checkerToken = people.tokenOf('Борис Иванов');
    chiefToken = people.tokenOf('Вера Соколова');
  });

  it('lists the people of the desk to token holders, never their tokens', async () => {
    const base = people.desk.url.replace('ws:', 'http:');
    expect((await fetch(`${base}/people`)).status).toBe(401);
    const response = await fetch(`${base}/people`, {
      headers: { Authorization: `Bearer ${checkerToken}` },
    });
    const text = await response.text();
    const body = JSON.parse(text) as {
      me: { name: string };
      people: { name: string; role: string }[];
    };
    expect(body.me.name).toBe('Борис Иванов');
    expect(body.people.map(({ name, role }) => `${name}:${role}`).sort()).toEqual([
      'Анна Петрова:editor',
      'Борис Иванов:fact-checker',
      'Вера Соколова:chief',
    ]);
    expect(text).not.toContain('gly_');
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('brings an assignment made on one workstation to the other, with a notification there', async () => {
    const editor = workstation('editor');
    const checker = workstation('checker');
    await join(editor, editorToken);
    await join(checker, checkerToken);
    const people = readCachedDeskPeople(editor.db)!.people;
    const boris = people.find((person) => person.role === 'fact-checker')!;

    const article = editor.articles.create({ headline: 'Мост откроют в мае' }, 'editor');
    const workflow = new ArticleWorkflow(editor);
    expect(workflow.moveStatus({ id: article.id, status: 'editing' }, 'editor').ok).toBe(true);
    // The hand-off travels with the move to fact-check.
    const moved = workflow.moveStatus(
      { id: article.id, status: 'fact-check', assignee: { id: boris.id, name: boris.name } },
      'editor',
    );
    expect(moved.ok).toBe(true);

    const onChecker = new AssignmentService(checker, 'checker');
    await waitFor(() => onChecker.notifications().length === 1, 'the notification on the checker');
    const [notification] = onChecker.notifications();
    expect(notification).toMatchObject({
      articleId: article.id,
      headline: 'Мост откроют в мае',
      by: 'Анна Петрова',
    });
    expect(checker.articles.get(article.id)?.status).toBe('fact-check');
    const queue = onChecker.queue();
    expect(queue.me.name).toBe('Борис Иванов');
    expect(queue.assigned.map((entry) => entry.id)).toEqual([article.id]);
    const history = onChecker.get(article.id);
    expect(history.ok && history.value.history).toEqual([
      expect.objectContaining({ assignee: { id: boris.id, name: boris.name }, by: 'Анна Петрова' }),
    ]);
    onChecker.markSeen([notification!.id]);
    expect(onChecker.notifications()).toEqual([]);
  });

  it('keeps an assignment made while the other workstation was offline waiting for its next start', async () => {
    const editor = workstation('editor-2');
    const chief = workstation('chief');
    const editorAgent = await join(editor, editorToken);
    const chiefAgent = await join(chief, chiefToken);
    const article = editor.articles.create({ headline: 'Бюджет утвердят в июне' }, 'editor');
    await waitFor(() => chief.articles.get(article.id) !== undefined, 'the article on the chief');

    // The chief's app is closed: the library file stays, the agent is gone.
    await leave(chiefAgent);
    people.close(chief);

    const vera = readCachedDeskPeople(editor.db)!.people.find((person) => person.role === 'chief')!;
    const onEditor = new AssignmentService(editor, 'editor');
    expect(onEditor.assign(article.id, { id: vera.id, name: vera.name }).ok).toBe(true);
    await waitFor(() => editorAgent.status().pending === 0, 'the assignment on the desk');

    // Next start: the library opens, rejoins, and the notification is waiting.
    const reopened = workstation('chief');
    const reopenedAgent = await join(reopened, chiefToken);
    const onChief = new AssignmentService(reopened, 'chief');
    await waitFor(() => onChief.notifications().length === 1, 'the notification after restart');
    expect(onChief.notifications()[0]).toMatchObject({ articleId: article.id, by: 'Анна Петрова' });
    expect(onChief.queue().assigned.map((entry) => entry.id)).toEqual([article.id]);

    // Closed again before seeing it: still there on the start after.
    await leave(reopenedAgent);
    people.close(reopened);
    const again = workstation('chief');
    expect(new AssignmentService(again, 'chief').notifications()).toHaveLength(1);
  });
});
