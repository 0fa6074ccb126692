// Journey: Camille uploads a photo on her profile; her avatar in the header becomes the photo (the
// 96 px version); a visitor sees it on her public page while she shows her photo to visitors, and
// neither the page nor the photo's address shows it to a new visitor once she keeps it for members.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';

/** A 900 × 600 JPEG drawn by the browser itself, as a phone photo would arrive. */
async function drawnPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 600;
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, 900, 600);
    gradient.addColorStop(0, '#1f5f3f');
    gradient.addColorStop(1, '#f0c040');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 900, 600);
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

/** Whether the image has loaded real pixels (not a broken image). */
const loaded = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
      return img.naturalWidth > 0;
    });

describe.runIf(RUN_JOURNEYS)('a photo for the profile', () => {
  const journey = useJourney({ camille: {}, visitor: { width: 390 } });

  it('upload → the avatar shows it → public while shown to visitors → hidden once kept for members', async () => {
    const { page } = journey.camille;
    const base = journey.gateway.url;
    await signInThroughEmailedLink(page, base, await adminClient(base), CAMILLE);
    await page.goto(`${base}/profil`);
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(await page.locator('header img.avatar').count()).toBe(0); // initials until there is a photo

    await page
      .getByLabel('Ajouter une photo')
      .setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await drawnPhoto(page) });
    await page.getByText('Photo enregistrée.').waitFor();
    // The header's avatar is the photo now, at its small size.
    await page.locator('header img.avatar').waitFor();
    const small = await page.locator('header img.avatar').getAttribute('src');
    expect(small).toMatch(/^\/photos\/[\w-]+\/[0-9a-f]{16}-96\.webp$/);
    expect(await loaded(page, 'header img.avatar')).toBe(true);
    expect(await page.getByLabel('Changer de photo').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await journey.camille.screenshot('photo-1-uploaded');

    // Camille shows her photo to visitors (the seed's choice): the public page has it.
    const visitor = journey.visitor.page;
    await visitor.goto(`${base}/membres/camille-martin`);
    const large = small!.replace('-96.webp', '-512.webp');
    expect(await visitor.locator('img.avatar').getAttribute('src')).toBe(large);
    expect(await loaded(visitor, 'img.avatar')).toBe(true);
    await journey.visitor.screenshot('photo-2-public-page');

    // She keeps it for members: the page no longer shows it, and its address answers 404 to visitors.
    const photoPart = page.getByRole('checkbox', { name: 'Photo', exact: true });
    await photoPart.uncheck();
    await page.getByRole('button', { name: 'Enregistrer ma visibilité' }).click();
    await page.getByText('Visibilité enregistrée : tout le monde, visiteurs compris.').waitFor();
    await visitor.reload();
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    expect(await visitor.locator('img.avatar').count()).toBe(0);
    // (A browser that already showed it may keep its private copy; anyone asking now gets a 404.)
    expect((await fetch(`${base}${large}`)).status).toBe(404);
    // Members still see it.
    expect((await page.goto(`${base}${large}`))!.status()).toBe(200);
  });
});
