// Debian's Chromium driven by playwright-core (no browser download: see TOOLCHAIN.md).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Journeys need Debian's Chromium. CI (.ci/run) installs it and always runs them; on a machine
 * without it, `npm test` skips them and says so (install: apt-get install -y chromium).
 */
export const RUN_JOURNEYS = existsSync(CHROMIUM) || process.env.CI === 'true';
if (!RUN_JOURNEYS)
  console.warn(
    `Browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  );
const SCREENSHOTS = fileURLToPath(new URL('../../../e2e-screenshots/', import.meta.url));

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** What the pages' Content-Security-Policy refused so far (src/journey.ts fails the step that met one). */
  refusedByPolicy: string[];
  /** Saves a full-page PNG under e2e-screenshots/ (git-ignored). */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** `javaScript: false`: JavaScript turned off, as some visitors (and crawlers) read the public pages. */
export async function openBrowser(
  options: { locale?: string; width?: number; javaScript?: boolean } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const profile = mkdtempSync(join(tmpdir(), 'eko-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // A script, style or request the policy refuses is something a reader would miss on the page.
  const refusedByPolicy: string[] = [];
  // (A photo's own address opened in a tab shows Chromium's image viewer, whose inline styles the
  // photo's `default-src 'none'` refuses: the browser's page, not ours.)
  context.on('console', (message) => {
    const url = message.page()?.url() ?? '';
    const imageViewer = /\.(webp|png|jpe?g|gif|svg)$/.test(new URL(url, 'http://x').pathname);
    if (/Content Security Policy/i.test(message.text()) && !imageViewer)
      refusedByPolicy.push(`${url}: ${message.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    refusedByPolicy,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
