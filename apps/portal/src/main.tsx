import { createEkoClient } from '@ekoacteurs/client';
import '@ekoacteurs/ui/base.css';
import { currentTranslation } from '@ekoacteurs/ui/i18n.ts';
import { mountWhenReady } from '@ekoacteurs/ui/mount.tsx';
import { reportRateLimited } from '@ekoacteurs/ui/SlowDown.tsx';
import { Provider } from 'urql';
import { App } from './App.tsx';
import './i18n/index.ts';
import { ROUTES } from './routes.ts';

const client = createEkoClient({
  // The API's messages (validation errors) come in the language the member is reading.
  language: () => currentTranslation().language,
  // The platform's own documents go by their sha256 (persisted operations).
  persisted: true,
  clientName: 'portal',
  // Went too fast: the shell says how long to wait (SlowDownNotice).
  onRateLimited: reportRateLimited,
  // A session that ended (signed out elsewhere, suspended, expired): back to sign-in.
  onUnauthenticated: () => {
    if (!location.pathname.startsWith(ROUTES.signIn)) {
      location.assign(`${ROUTES.signIn}?retour=${encodeURIComponent(location.pathname)}`);
    }
  },
});

void mountWhenReady(
  <Provider value={client}>
    <App />
  </Provider>,
);
