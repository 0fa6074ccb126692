// One attempt of one ActivityPub delivery: the activity POSTed to an inbox, signed with the actor's
// key (HTTP Signatures, draft-cavage, as Mastodon and Mobilizon verify them, through Fedify's
// signRequest). The webhooks' rules apply (webhooks/target.ts): the inbox's name is resolved, every
// address must be public (loopback only when FEDIVERSE_ALLOW_LOOPBACK, outside production), the
// connection goes to a checked address, within a timeout, redirects not followed.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { signRequest } from './fedify.ts';
import { checkWebhookTarget, type TargetPolicy } from '../webhooks/target.ts';

/** Activities bigger than this are not sent (ours are a few kilobytes). */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** A 4xx other than 408/429: the inbox will not take it, retrying is pointless. */
  permanent?: boolean;
}

export async function attemptActivityDelivery(
  inboxUrl: string,
  activity: unknown,
  signer: { privateKey: CryptoKey; keyId: string },
  timeoutMs: number,
  policy: TargetPolicy,
): Promise<AttemptResult> {
  const body = JSON.stringify(activity);
  if (Buffer.byteLength(body) > MAX_ACTIVITY_BYTES)
    return { ok: false, statusCode: null, error: 'The activity is too big to send.', permanent: true };
  const check = await checkWebhookTarget(inboxUrl, policy);
  if (!check.ok) return { ok: false, statusCode: null, error: `Not sent: ${check.reason}`, permanent: true };
  const { url, addresses } = check;
  const unsigned = new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/activity+json',
      accept: 'application/activity+json',
      'user-agent': 'EkoActeurs-Fediverse/1',
    },
    body,
  });
  const signed = await signRequest(unsigned, signer.privateKey, new URL(signer.keyId), {
    body: new TextEncoder().encode(body).buffer as ArrayBuffer,
  });
  const headers: Record<string, string | number> = { 'content-length': Buffer.byteLength(body) };
  signed.headers.forEach((value, name) => (headers[name] = value));
  const pinned = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as unknown as LookupFunction;
  return new Promise<AttemptResult>((resolve) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      url,
      { method: 'POST', lookup: pinned, headers, signal: AbortSignal.timeout(timeoutMs) },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
        resolve({ ok, statusCode: status, error: ok ? null : `The inbox answered HTTP ${status}.`, permanent });
      },
    );
    req.on('error', (error) => {
      const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
      const code = (error as { code?: string }).code;
      resolve({
        ok: false,
        statusCode: null,
        error: timedOut
          ? `No answer within ${timeoutMs} ms.`
          : `Network error (${code ?? error.message.slice(0, 200)}).`,
      });
    });
    req.end(body);
  });
}
