// A Vite plugin for both apps: the head their index.html share — the character set, the phone's
// viewport, the federation's green for the browser's bar, the icon (public/favicon.svg, under the
// app's base) — written once here; each index.html keeps what is its own (description, title).
import type { Plugin } from 'vite';

function sharedHeadMarkup(base: string): string {
  return [
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="theme-color" content="#1f5f3f" />',
    `<link rel="icon" href="${base}favicon.svg" type="image/svg+xml" />`,
  ].join('\n    ');
}

export function sharedHead(): Plugin {
  let base = '/';
  return {
    name: 'ekoacteurs-shared-head',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(html) {
      if (!html.includes('<head>')) throw new Error('index.html has no <head> to write the shared head in');
      return html.replace('<head>', `<head>\n    ${sharedHeadMarkup(base)}`);
    },
  };
}
