import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClientContext } from './api/ApiClientContext';
import { createQueryClient } from './api/createQueryClient';
import { listenToMenuCommands } from './api/galleyBridge';
import { earlyCallsAnswered } from './api/earlyCalls';
import { seedEarlyAnswers } from './api/seedEarlyAnswers';
import { windowClient } from './api/windowClient';
import { App } from './App';
import { setupI18n } from './i18n/setupI18n';

/**
 * How long the first render waits for the library's first page once this chunk has run. The
 * answer usually lands while the chunk is evaluated; when it is a few milliseconds late, rendering
 * the shell busy first and the list again when it lands costs a second render and layout (about
 * 30 ms of the main thread). A slower answer (a cold library) is not waited for.
 */
const firstPageWaitMs = 50;

/** Sets up the translations and renders the interface into #root. */
export async function startApp(): Promise<void> {
  const queryClient = createQueryClient();
  await setupI18n();
  listenToMenuCommands();
  // The first page, when its answer is in by now or soon (at 1,000 articles it is): the first
  // render then shows the list.
  await earlyCallsAnswered('articles:query', firstPageWaitMs);
  seedEarlyAnswers(queryClient);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <ApiClientContext.Provider value={windowClient}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ApiClientContext.Provider>
    </StrictMode>,
  );
}
