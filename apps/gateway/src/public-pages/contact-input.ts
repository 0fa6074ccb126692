// The contact form's fields, checked: what a visitor typed becomes a name, an address and a
// message, or a list of problems, each tied to its field (the page shows them next to it).
import { z } from 'zod';
import { cleanText } from '../markdown/index.ts';
import type fr from './fr.json';

export type ContactField = 'name' | 'email' | 'message' | 'form';
export type ProblemKey = keyof (typeof fr)['contact']['errors'];

export interface ContactProblem {
  field: ContactField;
  message: ProblemKey;
}

export interface ContactInput {
  name: string;
  email: string;
  message: string;
}

export const LIMITS = { name: 100, email: 254, messageMin: 10, messageMax: 5000 } as const;

// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const schema = z.object({
  // One line, no markup: it goes into an email subject and a notification.
  name: z
    .string()
    .transform((value) => cleanText(value).replace(/\s+/g, ' '))
    .pipe(z.string().min(1, { error: 'name' }).max(LIMITS.name, { error: 'name' })),
  email: z
    .string()
    .trim()
    .max(LIMITS.email, { error: 'email' })
    .pipe(z.email({ error: 'email' })),
  message: z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim())
    .pipe(
      z.string().min(LIMITS.messageMin, { error: 'messageShort' }).max(LIMITS.messageMax, { error: 'messageLong' }),
    ),
});

/** The raw values (to show them again) and the checked input or the problems. */
export function parseContact(form: URLSearchParams): {
  values: ContactInput;
  input: ContactInput | null;
  problems: ContactProblem[];
} {
  const values = { name: form.get('name') ?? '', email: form.get('email') ?? '', message: form.get('message') ?? '' };
  const result = schema.safeParse(values);
  if (result.success) return { values, input: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => ({
    field: issue.path[0] as ContactField,
    message: issue.message as ProblemKey,
  }));
  // One problem per field, in the form's order.
  const order: ContactField[] = ['name', 'email', 'message'];
  const unique = order.flatMap((field) => problems.find((problem) => problem.field === field) ?? []);
  return { values, input: null, problems: unique };
}
