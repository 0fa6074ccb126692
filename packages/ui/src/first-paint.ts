// A Vite plugin for both apps: index.html's #root holds the app's header with the kit's Logo, drawn
// at build time from Logo.tsx itself, so a phone paints the header while the JavaScript travels.
// React replaces it on its first render; the copy cannot drift from the component.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';
import { Logo } from './Logo.tsx';

export const EMPTY_ROOT = '<div id="root"></div>';

/** The header as the app's Shell draws it before anything is known: its class, the logo. */
export function firstPaintMarkup(headerClass: string): string {
  const logo = renderToStaticMarkup(createElement(Logo));
  return `<div id="root"><header class="${headerClass}"><p class="brand">${logo}</p></header></div>`;
}

export function firstPaint({ headerClass }: { headerClass: string }): Plugin {
  return {
    name: 'ekoacteurs-first-paint',
    transformIndexHtml(html) {
      if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to draw the first paint in`);
      return html.replace(EMPTY_ROOT, firstPaintMarkup(headerClass));
    },
  };
}
