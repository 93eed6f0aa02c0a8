import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClientContext } from './api/ApiClientContext';
import { createQueryClient } from './api/createQueryClient';
import { listenToMenuCommands } from './api/galleyBridge';
import { earlyCallsSettled } from './api/earlyCalls';
import { seedEarlyAnswers } from './api/seedEarlyAnswers';
import { windowClient } from './api/windowClient';
import { App } from './App';
import { createRootOffTyping } from './editor/typingSkipsReact';
import { setupI18n } from './i18n/setupI18n';

/** The longest the first render waits for the first page's answer. */
const firstPageWaitMs = 200;

/** Sets up the translations and renders the interface into #root. */
export async function startApp(): Promise<void> {
  const queryClient = createQueryClient();
  await setupI18n();
  listenToMenuCommands();
  // The first page, sent as this chunk began, is rendered with the interface: waited for, up to a
  // bound past which the shell shows busy and the list follows when the page lands.
  await earlyCallsSettled(firstPageWaitMs);
  seedEarlyAnswers(queryClient);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRootOffTyping(container, () => createRoot(container)).render(
    <StrictMode>
      <ApiClientContext.Provider value={windowClient}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ApiClientContext.Provider>
    </StrictMode>,
  );
}
