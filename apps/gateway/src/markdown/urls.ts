// Which link targets a page may carry. Anything that could run code (javascript:, vbscript:,
// data:, …) is refused, however it is spelt or encoded.

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme of a link target as a browser would read it, or null for a relative link. */
function schemeOf(href: string): string | null {
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  // oxlint-disable-next-line no-control-regex
  const compact = href.replace(/[\u0000-\u0020\u007F]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (match) return match[1]!;
  // "&#106;avascript:" or "%6Aavascript:" before a colon: treat as a scheme we cannot read.
  return /^[^/?#]*:/.test(compact) ? 'unreadable' : null;
}

/** True for relative links and http(s), mailto and tel links. */
export function isSafeHref(href: string): boolean {
  const scheme = schemeOf(href);
  return scheme === null || SAFE_SCHEMES.has(scheme);
}

/** An absolute http(s) URL with a host, normalised, or null. */
export function httpUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password)
    return null;
  return url.toString();
}
