// GET /donnees/archives/<export id>?cle=<secret>: the member's archive, while its link lasts.
// The secret is compared by its hash; a wrong or unknown one is a plain 404 (nothing is revealed
// about which exports exist), an expired link a 410, an archive still being built a 409.
import type { ServerResponse } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import { hashSecret, safeEqual } from '../auth/secrets.ts';
import { isUuid } from '../schema/validate.ts';

const ROUTE = /^\/donnees\/archives\/([^/]+)$/;

/** Redacts the link's secret from a URL before it is logged. */
export function redactExportSecret(url: string | undefined): string | undefined {
  return url?.replace(/([?&]cle=)[^&#]*/, '$1…');
}

/** Serves an archive download; false when the path is not ours. */
export async function handleExportDownload(
  prisma: Pick<PrismaClient, 'dataExport'>,
  url: URL,
  res: ServerResponse,
  method: string,
): Promise<boolean> {
  const match = ROUTE.exec(url.pathname);
  if (!match) return false;
  const id = match[1]!;
  const secret = url.searchParams.get('cle') ?? '';
  if (method !== 'GET' && method !== 'HEAD')
    return text(res, 405, 'Méthode non permise. / Method not allowed.', { allow: 'GET, HEAD' });
  const row =
    isUuid(id) && secret
      ? await prisma.dataExport.findUnique({
          where: { id },
          select: {
            id: true,
            secretHash: true,
            status: true,
            expiresAt: true,
            archive: method === 'GET',
            sizeBytes: true,
          },
        })
      : null;
  if (!row || !safeEqual(row.secretHash, hashSecret(secret))) {
    return text(
      res,
      404,
      'Ce lien de téléchargement n’existe pas. Demandez une nouvelle archive dans « Mes données ». / This download link does not exist.',
    );
  }
  if (row.status !== 'READY') {
    return text(
      res,
      row.status === 'FAILED' ? 410 : 409,
      row.status === 'FAILED'
        ? 'L’archive n’a pas pu être préparée : demandez-en une nouvelle. / The archive could not be built: request a new one.'
        : 'L’archive est en cours de préparation : réessayez dans un instant. / The archive is still being prepared.',
    );
  }
  if (!row.expiresAt || row.expiresAt <= new Date()) {
    return text(
      res,
      410,
      'Ce lien a expiré : demandez une nouvelle archive dans « Mes données ». / This link has expired.',
    );
  }
  const date = row.expiresAt.toISOString().slice(0, 10);
  res.writeHead(200, {
    'content-type': 'application/zip',
    'content-length': String(row.sizeBytes ?? row.archive?.byteLength ?? 0),
    'content-disposition': `attachment; filename="ekoacteurs-mes-donnees-${date}.zip"`,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
  if (method === 'HEAD') res.end();
  else {
    res.end(Buffer.from(row.archive!));
    await prisma.dataExport.update({ where: { id: row.id }, data: { downloadedAt: new Date() } }).catch(() => {});
  }
  return true;
}

function text(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
  return true;
}
