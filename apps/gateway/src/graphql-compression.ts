// Compressing the GraphQL endpoint's answers: brotli (else gzip) when the client accepts it and the
// JSON is worth it (1 KB or more). Whole JSON answers only: event streams (SSE subscriptions) and
// multipart (defer/stream) answers go out as they come, never buffered. The static files are
// precompressed at build (static-files.ts) and the public pages compress themselves (public-pages/http.ts).
//
// Not @whatwg-node/server's useContentEncoding: it compresses every body however small, event streams
// included, reads `Accept-Encoding` without its spaces or q-values (so never picks br from a browser's
// "gzip, deflate, br"), and also inflates compressed request bodies, which we do not accept.
import type { Plugin } from 'graphql-yoga';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { KeptBuffers } from './kept-buffers.ts';

/** Below this, the compressed answer saves less than the work and the header cost. */
export const COMPRESS_FROM_BYTES = 1024;
const WHOLE_JSON = /^application\/(?:graphql-response\+)?json\b/i;

export function compressionPlugin(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.body || response.headers.has('content-encoding')) return;
      if (!WHOLE_JSON.test(response.headers.get('content-type') ?? '')) return;
      const encoding = preferredEncoding(request.headers.get('accept-encoding'));
      // Caches keep the compressed and plain answers apart, whichever this one is.
      if (!encoding) {
        // Nothing to compress for this client (integrators' scripts, the bench): the answer goes on
        // as it is, without being read and copied once more.
        response.headers.append('vary', 'Accept-Encoding');
        return;
      }
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'Accept-Encoding');
      const plain = Buffer.from(await response.arrayBuffer());
      let body = plain;
      if (plain.length >= COMPRESS_FROM_BYTES) {
        body = compressed(plain, encoding);
        headers.set('content-encoding', encoding);
      }
      headers.set('content-length', String(body.length));
      setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
    },
  };
}

/**
 * Answers many clients get alike (the anonymous reads the public cache serves, a popular page of
 * the directory) are compressed once: the compressed bytes are kept by a digest of the plain ones
 * (~0.05 ms for 30 KB, against ~0.7 ms to compress), bounded by count and bytes, oldest out first.
 * Kept by content, never by who asked: the same plain bytes always compress to the same bytes.
 */
export const COMPRESSED_MAX_ENTRIES = 128;
export const COMPRESSED_MAX_BYTES = 4 * 1024 * 1024;
/** What zlib returns (a Buffer on its own memory, as a Response body accepts). */
type Compressed = ReturnType<typeof gzipSync>;
const kept = new KeptBuffers<Compressed>(COMPRESSED_MAX_ENTRIES, COMPRESSED_MAX_BYTES);

export function compressed(plain: Buffer, encoding: 'br' | 'gzip'): Compressed {
  const key = `${encoding}:${createHash('sha1').update(plain).digest('base64')}`;
  const known = kept.get(key);
  if (known) return known;
  const body =
    encoding === 'br'
      ? brotliCompressSync(plain, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
        })
      : gzipSync(plain, { level: 6 });
  kept.keep(key, body);
  return body;
}

/** What the kept compressed answers hold now (for the bounds test). */
export function compressedAnswers(): { entries: number; bytes: number } {
  return kept.size();
}

/** br, else gzip, when `Accept-Encoding` lists it with a q-value above 0 (or `*` does); null otherwise. */
export function preferredEncoding(header: string | null): 'br' | 'gzip' | null {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    if (name) weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const accepted = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepted('br')) return 'br';
  if (accepted('gzip')) return 'gzip';
  return null;
}
