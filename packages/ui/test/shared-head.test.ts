// @vitest-environment node
// Both apps' index.html get the same head from the kit: a phone shows the page at its width, the
// browser's bar in the federation's green, and the icon under the app's own address.
import { expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { sharedHead } from '../src/shared-head.ts';

const INDEX = `<!doctype html><html lang="fr"><head><title>ÉkôActeurs</title></head><body></body></html>`;

function transform(html: string, base: string): string {
  const plugin = sharedHead();
  (plugin.configResolved as (config: ResolvedConfig) => void)({ base } as ResolvedConfig);
  return (plugin.transformIndexHtml as (html: string) => string)(html);
}

it('writes the character set first, the viewport, the theme colour and the icon under the app’s base', () => {
  const html = transform(INDEX, '/console/');
  const head = /<head>([\s\S]*)<\/head>/.exec(html)![1]!;
  expect(head.trim().startsWith('<meta charset="UTF-8" />')).toBe(true);
  expect(head).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
  expect(head).toContain('<meta name="theme-color" content="#1f5f3f" />');
  expect(head).toContain('<link rel="icon" href="/console/favicon.svg" type="image/svg+xml" />');
  expect(head).toContain('<title>ÉkôActeurs</title>');
  expect(transform(INDEX, '/')).toContain('href="/favicon.svg"');
});

it('refuses an index.html with no head, rather than building an app without its viewport', () => {
  expect(() => transform('<html><body></body></html>', '/')).toThrow(/no <head>/);
});
