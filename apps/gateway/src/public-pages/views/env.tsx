// What every view needs to know about the request it renders for: the language, its strings, and
// how to write addresses (English pages keep ?lang=en on their links).
import { createContext, useContext } from 'react';
import { messages, type Lang, type Messages } from '../i18n.ts';
import { withLang } from '../urls.ts';

export interface PageEnv {
  lang: Lang;
  t: Messages;
  publicUrl: string;
  /** The path without its query, for aria-current and the language switch. */
  path: string;
  /** A path on this site, in the page's language. */
  href(path: string): string;
}

export function pageEnv(lang: Lang, publicUrl: string, path: string): PageEnv {
  return { lang, t: messages(lang), publicUrl, path, href: (target) => withLang(target, lang) };
}

const Env = createContext<PageEnv>(pageEnv('fr', 'http://localhost', '/'));

export const EnvProvider = Env.Provider;

export function useEnv(): PageEnv {
  return useContext(Env);
}
