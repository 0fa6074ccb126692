// @vitest-environment node
// Both apps paint their header's logo from index.html before any script runs (the first paint a
// phone sees while the JavaScript travels): drawn from the kit's Logo itself, in the header the
// app renders, with nothing in it that a reader of the other language would meet.
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { EMPTY_ROOT, firstPaint } from '../src/first-paint.ts';
import { Logo } from '../src/Logo.tsx';

const INDEX = `<!doctype html><html lang="fr"><body>${EMPTY_ROOT}<script type="module" src="/src/main.tsx"></script></body></html>`;

function transform(html: string, headerClass = 'site-header portal-header'): string {
  const hook = firstPaint({ headerClass }).transformIndexHtml as (html: string) => string;
  return hook(html);
}

it('draws the kit’s Logo inside the app’s header, in #root', () => {
  const html = transform(INDEX);
  expect(html).toContain(
    `<div id="root"><header class="site-header portal-header"><p class="brand">${renderToStaticMarkup(<Logo />)}</p></header></div>`,
  );
  expect(html).toContain('<script type="module" src="/src/main.tsx"></script>');
});

it('holds no sentence, only the federation’s name', () => {
  const root = /<div id="root">(.*)<\/div>/.exec(transform(INDEX, 'site-header'))![1]!;
  expect(root.replace(/<[^>]+>/g, '')).toBe('ÉkôActeurs');
});

it('refuses an index.html it cannot draw in, rather than building an app that paints nothing early', () => {
  expect(() => transform('<div id="root" class="x"></div>')).toThrow(/no <div id="root"><\/div>/);
});
