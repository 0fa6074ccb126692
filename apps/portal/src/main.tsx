import { createEkoClient } from '@ekoacteurs/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App.tsx';
import './i18n/index.ts';
import '@ekoacteurs/ui/base.css';

const client = createEkoClient({ clientName: 'portal' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
