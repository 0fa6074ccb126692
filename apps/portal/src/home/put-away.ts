// Whether this browser has seen the member put the checklist away (it is for good): then the home
// reserves no room for it while it loads, and nothing moves up when it turns out to be gone.
const KEY = 'ekoacteurs.onboarding.putAway';

function stored(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function wasPutAway(memberId: string): boolean {
  return stored().includes(memberId);
}

export function rememberPutAway(memberId: string): void {
  const ids = stored();
  if (ids.includes(memberId)) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([...ids, memberId].slice(-20)));
  } catch {
    // Storage full or refused (private browsing): the home only reserves the room again next time.
  }
}
