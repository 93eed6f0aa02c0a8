import path from 'node:path';
import type { FaultOptions, FaultScenario, ScenarioReport } from './faultScenario';
import { callApi, type ApiAnswer, type ApiTarget } from './support/callApi';
import { createRandom } from '../support/createRandom';
import { startServedGalley } from './support/startServedGalley';

interface ArticleView {
  id: string;
  version: number;
  lede: string;
  bodyText: string;
  status: string;
  revisions?: unknown;
}

type Writer = (
  target: ApiTarget,
  id: string,
  baseVersion: number,
  tag: string,
) => Promise<ApiAnswer>;

/** Ways to change an article with a base version; each leaves a trace to tell the winner. */
const writers: Record<string, Writer> = {
  lede: (target, id, baseVersion, tag) =>
    callApi(target, 'articles:update', { id, patch: { lede: `Lede ${tag}` }, baseVersion }),
  body: (target, id, baseVersion, tag) =>
    callApi(target, 'articles:update', {
      id,
      patch: {
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: `Body ${tag}` }] }],
        },
      },
      baseVersion,
    }),
  headline: (target, id, baseVersion, tag) =>
    callApi(target, 'articles:update', { id, patch: { headline: `Headline ${tag}` }, baseVersion }),
};

/**
 * Two (or more) clients save the same article with the same baseVersion at the same
 * moment, each over its own connection: exactly one must get 200 and the others 409
 * `conflict`; the article must then be at baseVersion + 1 with the winner's change.
 */
export const concurrentEdits: FaultScenario = {
  name: 'concurrent-edits',
  title: 'Concurrent saves with the same baseVersion',
  async run(options: FaultOptions): Promise<ScenarioReport> {
    const random = createRandom(options.seed + 303);
    const rounds = options.size === 'large' ? 400 : 60;
    const failures: string[] = [];
    const server = await startServedGalley(path.join(options.workDir, 'library.sqlite'), {
      cwd: options.workDir,
    });
    const target: ApiTarget = { port: server.port, token: server.token };
    let oneWinner = 0;
    let silentOverwrites = 0;
    let noWinner = 0;
    let wrongFinal = 0;
    let otherStatus = 0;
    let staleRefused = 0;
    let staleTried = 0;
    try {
      const created = await callApi(target, 'articles:create', { headline: 'Concurrent' });
      const id = (created.value as ArticleView).id;
      for (let round = 1; round <= rounds; round += 1) {
        const current = (await callApi(target, 'articles:get', { id })).value as ArticleView;
        const clients = round % 5 === 0 ? 4 : 2;
        const kinds = Array.from({ length: clients }, () => random.pick(Object.keys(writers)));
        const answers = await Promise.all(
          kinds.map((kind, client) =>
            (writers[kind] as Writer)(target, id, current.version, `r${round}c${client}`),
          ),
        );
        const winners = answers.flatMap((answer, client) =>
          answer.status === 200 ? [client] : [],
        );
        const conflicts = answers.filter(
          (answer) => answer.status === 409 && answer.error?.code === 'conflict',
        ).length;
        const describe = () =>
          `round ${round} (${kinds.join(' vs ')} on version ${current.version}): ${answers.map((a) => a.status).join(', ')}`;
        if (winners.length > 1) {
          silentOverwrites += 1;
          failures.push(`silent overwrite: ${describe()}`);
        } else if (winners.length === 0) {
          noWinner += 1;
          failures.push(`nobody won: ${describe()}`);
        } else if (conflicts !== clients - 1) {
          otherStatus += 1;
          failures.push(`losers did not all get 409 conflict: ${describe()}`);
        } else oneWinner += 1;
        const after = (await callApi(target, 'articles:get', { id })).value as ArticleView;
        const winner = winners[0];
        if (winners.length === 1 && winner !== undefined) {
          const tag = `r${round}c${winner}`;
          const kind = kinds[winner];
          const shows =
            kind === 'lede'
              ? after.lede === `Lede ${tag}`
              : kind === 'body'
                ? after.bodyText.includes(`Body ${tag}`)
                : (after as ArticleView & { headline: string }).headline === `Headline ${tag}`;
          if (after.version !== current.version + 1 || !shows) {
            wrongFinal += 1;
            failures.push(
              `${describe()}: afterwards version ${after.version}, winner's change shown: ${shows}`,
            );
          }
        }
        // A save based on an older version is refused too, however late it comes.
        if (round % 10 === 0) {
          staleTried += 1;
          const stale = await writers.lede?.(target, id, current.version, `stale${round}`);
          if (stale?.status === 409) staleRefused += 1;
          else
            failures.push(`a save on stale version ${current.version} answered ${stale?.status}`);
        }
      }
    } finally {
      await server.stop();
    }
    return {
      tried: rounds + staleTried,
      passed: oneWinner - wrongFinal + staleRefused,
      figures: {
        rounds,
        'exactly one 200, rest 409': oneWinner,
        'silent overwrites': silentOverwrites,
        'no winner': noWinner,
        'other statuses': otherStatus,
        'wrong final state': wrongFinal,
        'stale saves refused': `${staleRefused}/${staleTried}`,
      },
      failures,
      notes: [],
    };
  },
};
