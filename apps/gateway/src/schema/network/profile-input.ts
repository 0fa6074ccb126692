// Validation for what members write (profile, pace, introductions): the zod checks of the API's
// input rules, whose numbers both the gateway and the portal read in @ekoacteurs/contract/input-rules.
// No control characters (PostgreSQL refuses NUL, and they have no place in a profile), web
// addresses in http(s) only.
import { hasControl, isWebAddress, type InputRule } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import type { MessageKey } from '../../i18n/messages.ts';

/** One line of text, trimmed, within the rule's lengths. */
export function line(rule: InputRule) {
  return z
    .string()
    .trim()
    .min(rule.min ?? 0, { error: 'text.min' })
    .max(rule.max, { error: 'text.max' })
    .refine((value) => !hasControl(value) && !/[\r\n]/.test(value), { error: 'text.oneLine' });
}

/** Free text over several lines, trimmed, within the rule's longest. */
export function paragraph(rule: InputRule) {
  return z
    .string()
    .trim()
    .max(rule.max, { error: 'text.max' })
    .refine((value) => !hasControl(value), { error: 'text.control' });
}

/** A web address (http or https; on the rule's host, LinkedIn's, when it names one); an empty string or null removes it. */
export function webAddress(rule: InputRule) {
  const host = typeof rule.web === 'object' ? rule.web.host : undefined;
  const invalid: MessageKey = host ? 'web.linkedin' : 'web.invalid';
  return z
    .string()
    .trim()
    .max(rule.max, { error: 'web.tooLong' })
    .refine((value) => value === '' || isWebAddress(value, host), { error: invalid })
    .transform((value) => (value === '' ? null : value))
    .nullable();
}
