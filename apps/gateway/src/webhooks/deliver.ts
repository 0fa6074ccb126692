// One HTTP attempt of one delivery: POST the signed JSON body, success means a 2xx answer.
import { signatureHeader } from './sign.ts';

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
  return JSON.stringify({ id: delivery.id, event: delivery.event, createdAt: delivery.createdAt.toISOString(), data: delivery.payload });
}

export async function attemptDelivery(target: { url: string; secret: string }, delivery: DeliveryRequest, timeoutMs: number): Promise<AttemptResult> {
  const body = deliveryBody(delivery);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'EkoActeurs-Webhooks/1',
        'x-eko-event': delivery.event,
        'x-eko-delivery': delivery.id,
        'x-eko-signature': signatureHeader(target.secret, body),
      },
      body,
      // A redirect could point anywhere: it counts as a failure, never followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `The receiver answered HTTP ${response.status}.` };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeNetworkError(error, timeoutMs) };
  }
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `No answer within ${timeoutMs} ms.`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'Connection refused (ECONNREFUSED): is the receiver up?';
  if (cause?.code) return `Network error (${cause.code}).`;
  return `Network error: ${(cause?.message ?? (error instanceof Error ? error.message : String(error))).slice(0, 300)}`;
}
