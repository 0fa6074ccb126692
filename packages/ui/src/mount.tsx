// How both apps start: once the reader's language can be shown (an English reader's strings arrive
// first, in their own chunk), the app is drawn into #root, so nothing shows in the wrong language.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n.ts';

export function mountWhenReady(
  app: ReactNode,
  container: HTMLElement = document.getElementById('root')!,
): Promise<void> {
  return i18nReady().then(() => createRoot(container).render(<StrictMode>{app}</StrictMode>));
}
