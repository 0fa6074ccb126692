import { createEkoClient } from '@ekoacteurs/client';
import '@ekoacteurs/ui/base.css';
import { reportRateLimited } from '@ekoacteurs/ui';
import { currentTranslation } from '@ekoacteurs/ui/i18n.ts';
import { mountWhenReady } from '@ekoacteurs/ui/mount.tsx';
import { Provider } from 'urql';
import { App } from './App.tsx';
import './console.css';
import './i18n/index.ts';
import { BASE, ROUTES } from './routes.ts';

const client = createEkoClient({
  // The API's messages (validation errors) come in the language the member is reading.
  language: () => currentTranslation().language,
  // The platform's own documents go by their sha256 (persisted operations).
  persisted: true,
  clientName: 'console',
  // Went too fast: the shell says how long to wait (SlowDownNotice).
  onRateLimited: reportRateLimited,
  // A session that ended (signed out elsewhere, suspended, expired): back to sign-in, then here.
  onUnauthenticated: () => {
    const here = location.pathname.slice(BASE.length) || '/';
    if (!here.startsWith(ROUTES.signIn)) location.assign(`${BASE}${ROUTES.signIn}?retour=${encodeURIComponent(here)}`);
  },
});

void mountWhenReady(
  <Provider value={client}>
    <App />
  </Provider>,
);
