// The same rules as the API (apps/gateway/src/schema/identity/api-tokens.ts, sign-in.ts), checked as you type.
import type { CatalogueKey } from '@ekoacteurs/ui';
export const TOKEN_NAME = { min: 2, max: 80 };
export const PASSWORD = { min: 12, max: 200 };
export const PERSONAL_SCOPES = ['READ_PUBLIC', 'READ_NETWORK', 'WRITE_PROFILE', 'WRITE_WORKSHOPS'] as const;
export type PersonalScope = (typeof PERSONAL_SCOPES)[number];
/** Expiry choices, in days; 0 for never. */
export const EXPIRIES = [30, 90, 365, 0] as const;

export function tokenNameProblem(name: string): { key: CatalogueKey; values?: Record<string, number> } | null {
  const length = name.trim().length;
  if (length < TOKEN_NAME.min) return { key: 'settings.tokens.nameTooShort', values: { min: TOKEN_NAME.min } };
  if (length > TOKEN_NAME.max) return { key: 'settings.tokens.nameTooLong', values: { max: TOKEN_NAME.max } };
  return null;
}

export function passwordProblem(password: string): { key: CatalogueKey; values?: Record<string, number> } | null {
  if (password.length < PASSWORD.min) return { key: 'settings.password.tooShort', values: { min: PASSWORD.min } };
  if (password.length > PASSWORD.max) return { key: 'settings.password.tooLong', values: { max: PASSWORD.max } };
  return null;
}

export function expiryDate(days: number, now = new Date()): string | null {
  return days === 0 ? null : new Date(now.getTime() + days * 86_400_000).toISOString();
}
