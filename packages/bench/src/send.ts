// One operation's request sent once, outside the load (the probe before an operation's load, the
// statement count): its answer's status, its body decoded, and the Content-Encoding it came in.
// fetch undoes gzip, deflate and br itself, so `ok` checks read the same text whatever the request
// accepted. (Under load, autocannon joins a body's bytes as text and cannot decode it: the bench
// refuses to check every answer of an operation whose requests accept a compressed one.)
import type { HttpRequest } from './operations.ts';

export interface Answer {
  status: number;
  /** The body as text, decompressed. */
  body: string;
  /** The answer's Content-Encoding ("identity" when it had none). */
  encoding: string;
}

export async function send(url: string, request: HttpRequest): Promise<Answer> {
  // fetch adds "Accept-Encoding: gzip, deflate" (and br) to a request without one, which the load
  // (autocannon) never does: such a request asks for identity here, so that it is answered as under load.
  const asked = Object.keys(request.headers).some((name) => name.toLowerCase() === 'accept-encoding');
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: asked ? request.headers : { ...request.headers, 'accept-encoding': 'identity' },
    body: request.body,
  });
  return {
    status: response.status,
    body: await response.text(),
    encoding: response.headers.get('content-encoding') ?? 'identity',
  };
}

/** Whether a request accepts a compressed answer (one autocannon could not decode). */
export function acceptsCompressed(request: HttpRequest): boolean {
  const accepted = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'accept-encoding');
  return accepted !== undefined && !/^\s*(identity)?\s*$/i.test(accepted[1]);
}
