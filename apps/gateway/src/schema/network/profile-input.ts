// Validation rules for what members write on their profile: lengths, no control characters
// (PostgreSQL refuses NUL, and they have no place in a profile), web addresses in http(s) only.
import { z } from 'zod';
import type { MessageKey } from '../../i18n/messages.ts';

/** Whether the text holds a control character other than tab, line feed and carriage return. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** One line of text, trimmed. */
export function line(max: number, min = 0) {
  return z
    .string()
    .trim()
    .min(min, { error: 'text.min' })
    .max(max, { error: 'text.max' })
    .refine((value) => !hasControl(value) && !/[\r\n]/.test(value), { error: 'text.oneLine' });
}

/** Free text over several lines, trimmed. */
export function paragraph(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: 'text.max' })
    .refine((value) => !hasControl(value), { error: 'text.control' });
}

function isWebAddress(value: string, host?: RegExp): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // Credentials in an address are a classic disguise ("https://bank.fr@evil.example").
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname.includes('.') &&
    !url.username &&
    !url.password &&
    (!host || host.test(url.hostname))
  );
}

/** A web address (http or https); an empty string or null removes it. */
export function webAddress(host?: { pattern: RegExp; message: MessageKey }) {
  return z
    .string()
    .trim()
    .max(500, { error: 'web.tooLong' })
    .refine((value) => value === '' || isWebAddress(value, host?.pattern), {
      error: host ? host.message : 'web.invalid',
    })
    .transform((value) => (value === '' ? null : value))
    .nullable();
}
