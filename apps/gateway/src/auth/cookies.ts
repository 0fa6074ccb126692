// The session cookie: HttpOnly, SameSite=Lax, Secure (with the __Host- prefix) outside localhost.
export const SESSION_MAX_AGE_S = 30 * 24 * 3600;

export function sessionCookieName(publicUrl: string): string {
  return isSecure(publicUrl) ? '__Host-eko_session' : 'eko_session';
}

function isSecure(publicUrl: string): boolean {
  return new URL(publicUrl).protocol === 'https:';
}

export function serializeSessionCookie(publicUrl: string, value: string | null): string {
  const parts = [
    `${sessionCookieName(publicUrl)}=${value ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${value === null ? 0 : SESSION_MAX_AGE_S}`,
  ];
  if (isSecure(publicUrl)) parts.push('Secure');
  return parts.join('; ');
}

export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}
