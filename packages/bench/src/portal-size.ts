// The portal's initial JavaScript as a browser fetches it for the first route: the entry script
// and the modules index.html preloads, gzipped (what travels over the wire). Issue 5's budget is
// 150 KB.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 150 * 1024;

export interface InitialJs {
  files: { path: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

/** The entry module and the modulepreloads, in the order index.html names them. */
export function initialScripts(indexHtml: string): string[] {
  const paths: string[] = [];
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isEntry = /^<script/i.test(tag) && /type=["']module["']/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel=["']modulepreload["']/i.test(tag);
    const src = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isEntry || isPreload) && src && !/^(https?:)?\/\//.test(src) && !paths.includes(src)) paths.push(src);
  }
  return paths;
}

export function measureInitialJs(distDir: string): InitialJs | null {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const files = initialScripts(readFileSync(index, 'utf8')).map((path) => {
    const content = readFileSync(join(distDir, path.replace(/^\//, '')));
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    files,
    bytes,
    gzipBytes,
    budgetBytes: INITIAL_JS_BUDGET_BYTES,
    withinBudget: gzipBytes <= INITIAL_JS_BUDGET_BYTES,
  };
}
