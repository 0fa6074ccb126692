// How Fedify fetches remote documents (a follower's actor, a signer's public key): through the
// webhooks' address rules (webhooks/target.ts: public addresses only, the connection pinned to the
// checked address), with a timeout, a size limit, and at most three redirects, each checked again.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { DocumentLoader, RemoteDocument } from './fedify.ts';
import { checkWebhookTarget, type TargetPolicy } from '../webhooks/target.ts';

export const MAX_DOCUMENT_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;
const ACCEPT =
  'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams", application/json;q=0.5';

export function createDocumentLoader(policy: TargetPolicy, timeoutMs: number): DocumentLoader {
  return async function load(address: string): Promise<RemoteDocument> {
    let current = address;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const answer = await get(current, policy, timeoutMs);
      if ('redirect' in answer) {
        current = new URL(answer.redirect, current).href;
        continue;
      }
      return { contextUrl: null, documentUrl: current, document: answer.document };
    }
    throw new Error(`Too many redirects from ${address}.`);
  };
}

async function get(
  address: string,
  policy: TargetPolicy,
  timeoutMs: number,
): Promise<{ document: unknown } | { redirect: string }> {
  const check = await checkWebhookTarget(address, policy);
  if (!check.ok) throw new Error(`Not fetched: ${check.reason}`);
  const { url, addresses } = check;
  const pinned = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as unknown as LookupFunction;
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        headers: { accept: ACCEPT, 'user-agent': 'EkoActeurs-Fediverse/1' },
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ redirect: response.headers.location });
        }
        if (status < 200 || status >= 300) {
          response.resume();
          return reject(new Error(`${url.href} answered HTTP ${status}.`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_DOCUMENT_BYTES) {
            req.destroy();
            reject(new Error(`${url.href} is bigger than ${MAX_DOCUMENT_BYTES} bytes.`));
          } else chunks.push(chunk);
        });
        response.on('end', () => {
          try {
            resolve({ document: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch {
            reject(new Error(`${url.href} did not answer JSON.`));
          }
        });
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
