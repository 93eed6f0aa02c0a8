import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClientContext } from './api/ApiClientContext';
import { createQueryClient } from './api/createQueryClient';
import { listenToMenuCommands } from './api/galleyBridge';
import { seedEarlyAnswers } from './api/seedEarlyAnswers';
import { windowClient } from './api/windowClient';
import { App } from './App';
import { setupI18n } from './i18n/setupI18n';

/** Sets up the translations and renders the interface into #root. */
export async function startApp(): Promise<void> {
  const queryClient = createQueryClient();
  await setupI18n();
  listenToMenuCommands();
  // The first page, when its answer came while this chunk loaded (at 1,000 articles it does):
  // the first render then shows the list.
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
