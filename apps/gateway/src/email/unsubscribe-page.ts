// The one-click unsubscribe address (RFC 8058) put in every notification email. GET shows a French
// (or English) confirmation page with a button; POST (the button, or the mail client's one-click
// "List-Unsubscribe=One-Click" request) stops that kind of email for that member. No sign-in: the
// token in the address is the credential. Idempotent: unsubscribing twice is the same as once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import { isMailKind, MAIL_KIND_LABELS } from './kinds.ts';
import { escapeHtml } from './layout.ts';
import { tokenMatches, UNSUBSCRIBE_PATH } from './unsubscribe-token.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function page(res: ServerResponse, status: number, lang: 'fr' | 'en', title: string, body: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex',
  });
  res.end(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem;margin:2rem auto;padding:0 1rem">
<h1>${escapeHtml(title)}</h1>
${body}
</body></html>`);
}

/** Handles the unsubscribe address; resolves false for any other path. */
export async function handleUnsubscribe(
  prisma: PrismaClient,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  if (url.pathname !== UNSUBSCRIBE_PATH) return false;
  const memberId = url.searchParams.get('m') ?? '';
  const kind = url.searchParams.get('k') ?? '';
  const token = url.searchParams.get('t') ?? '';
  const settings =
    UUID.test(memberId) && isMailKind(kind)
      ? await prisma.emailSettings.findUnique({
          where: { memberId },
          select: { unsubscribeKey: true, member: { select: { locale: true } } },
        })
      : null;
  const lang = settings?.member.locale === 'EN' ? 'en' : 'fr';
  if (!settings || !isMailKind(kind) || !tokenMatches(settings.unsubscribeKey, kind, token)) {
    page(
      res,
      404,
      'fr',
      'Lien de désabonnement invalide',
      '<p>Ce lien de désabonnement n’est pas valide. Vous pouvez choisir vos emails dans le portail, rubrique Paramètres.</p><p lang="en">This unsubscribe link is not valid. You can choose your emails in the portal’s settings.</p>',
    );
    return true;
  }
  const label = escapeHtml(MAIL_KIND_LABELS[kind][lang]);
  if (req.method === 'POST') {
    req.resume();
    // array_append only when absent: a second request changes nothing.
    await prisma.$executeRaw`
      UPDATE "EmailSettings" SET "emailOff" = array_append("emailOff", ${kind}), "updatedAt" = now()
      WHERE "memberId" = ${memberId}::uuid AND NOT (${kind} = ANY("emailOff"))`;
    if (lang === 'fr')
      page(
        res,
        200,
        'fr',
        'Désabonnement confirmé',
        `<p>Vous ne recevrez plus d’email pour « ${label} ». Ces notifications restent visibles dans le portail ; vous pouvez les réactiver dans vos paramètres.</p>`,
      );
    else
      page(
        res,
        200,
        'en',
        'Unsubscribed',
        `<p>You will no longer get emails for “${label}”. These notifications stay in the portal; you can turn them back on in your settings.</p>`,
      );
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD, POST' }).end();
    return true;
  }
  const action = escapeHtml(`${UNSUBSCRIBE_PATH}${url.search}`);
  if (lang === 'fr')
    page(
      res,
      200,
      'fr',
      'Se désabonner',
      `<p>Ne plus recevoir d’email pour « ${label} » ? Vous verrez toujours ces notifications dans le portail.</p><form method="post" action="${action}"><button type="submit">Me désabonner</button></form>`,
    );
  else
    page(
      res,
      200,
      'en',
      'Unsubscribe',
      `<p>Stop emails for “${label}”? You will still see these notifications in the portal.</p><form method="post" action="${action}"><button type="submit">Unsubscribe</button></form>`,
    );
  return true;
}
