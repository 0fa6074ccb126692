// Where webhooks may point: https everywhere; plain http only to this machine outside production
// (to try a receiver locally). Never credentials in the URL.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isAllowedWebhookUrl(value: string, nodeEnv: 'development' | 'production' | 'test'): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || !url.hostname) return false;
  const local = LOCAL_HOSTS.has(url.hostname);
  if (nodeEnv === 'production') return url.protocol === 'https:' && !local;
  return url.protocol === 'https:' || (url.protocol === 'http:' && local);
}
