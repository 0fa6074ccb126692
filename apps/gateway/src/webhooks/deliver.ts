// One HTTP attempt of one delivery: POST the signed JSON body, success means a 2xx answer. The URL
// is checked again first (target.ts: its name resolved, every address public) and the connection is
// made to an address that check accepted, never to a second resolution of the name.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { SIGNATURE_HEADER, signatureHeader } from './sign.ts';
import { checkWebhookTarget, type TargetPolicy } from './target.ts';

export interface DeliveryRequest {
  id: string;
  event: string;
  payload: unknown;
  createdAt: Date;
}

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/** The body integrators receive: stable across retries, so they can de-duplicate on `id`. */
export function deliveryBody(delivery: DeliveryRequest): string {
  return JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    createdAt: delivery.createdAt.toISOString(),
    data: delivery.payload,
  });
}

export async function attemptDelivery(
  target: { url: string; secret: string },
  delivery: DeliveryRequest,
  timeoutMs: number,
  policy: TargetPolicy,
): Promise<AttemptResult> {
  const check = await checkWebhookTarget(target.url, policy);
  if (!check.ok) return { ok: false, statusCode: null, error: `Not sent: ${check.reason}` };
  const { url, addresses } = check;
  // The connection goes to the addresses just checked (TLS still verifies the certificate against the name).
  const pinned = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as unknown as LookupFunction;
  const body = deliveryBody(delivery);
  return new Promise<AttemptResult>((resolve) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'EkoActeurs-Webhooks/1',
          'x-eko-event': delivery.event,
          'x-eko-delivery': delivery.id,
          [SIGNATURE_HEADER]: signatureHeader(target.secret, body),
        },
        // Redirects are never followed (node:http does not): a 3xx counts as a failure.
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        resolve({ ok, statusCode: status, error: ok ? null : `The receiver answered HTTP ${status}.` });
      },
    );
    req.on('error', (error) => resolve({ ok: false, statusCode: null, error: describeNetworkError(error, timeoutMs) }));
    req.end(body);
  });
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `No answer within ${timeoutMs} ms.`;
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'Connection refused (ECONNREFUSED): is the receiver up?';
  if (code) return `Network error (${code}).`;
  return `Network error: ${(error instanceof Error ? error.message : String(error)).slice(0, 300)}`;
}
