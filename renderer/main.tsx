import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClientContext } from './api/ApiClientContext';
import { createApiClient } from './api/apiClient';
import { listenToMenuCommands } from './api/galleyBridge';
import { App } from './App';
import { setupI18n } from './i18n/setupI18n';
import './styles.css';

const client = createApiClient();
await setupI18n();
listenToMenuCommands();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <ApiClientContext.Provider value={client}>
      <App />
    </ApiClientContext.Provider>
  </StrictMode>,
);
