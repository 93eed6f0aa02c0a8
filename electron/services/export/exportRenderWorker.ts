import { parentPort, workerData } from 'node:worker_threads';
import type { RenderBatch, RenderReady, RenderReplies, RenderWorkerData } from './exportRenderPool';
import { renderThreadWork } from './renderThreadWork';

// One thread of the export's render pool: it renders (typography, HTML, ninjs, hashes) and,
// in a first export into an empty folder, writes the article's files into the hidden staging
// folder, which nobody sees until the main thread moves it into place. Every visible change
// of the folder stays with the main thread, so crash safety and their order are as they were.
const render = renderThreadWork(workerData as RenderWorkerData);

parentPort?.on('message', ({ requests }: RenderBatch) => {
  const transfer = new Set<ArrayBuffer>();
  const replies = requests.map((request) => render(request, transfer));
  parentPort?.postMessage({ replies } satisfies RenderReplies, [...transfer]);
});
// The export renders on its own thread until a thread says it can take articles.
parentPort?.postMessage({ ready: true } satisfies RenderReady);
