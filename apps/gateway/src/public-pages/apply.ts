// The application form without JavaScript (/candidature, POST): the same rules and the same outcome as
// the API's applyForMembership (schema/identity/apply.ts), spam-protected like the contact form (same
// origin, a honeypot, a signed time-to-fill token used once, a per-address limit). Problems come back
// per field, in the page's language, with everything typed kept.
import type { IncomingMessage } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import { recordAudit } from '../audit.ts';
import { reserve } from '../auth/attempts.ts';
import { CLIENT_IP_HEADER } from '../auth/identify.ts';
import type { Mailer } from '../email/mailer.ts';
import { ValidationError } from '../errors.ts';
import { translate } from '../i18n/messages.ts';
import { applySchema, takeApplication } from '../schema/identity/apply.ts';
import { parseInput } from '../schema/validate.ts';
import type { RateLimiter, WindowLimit } from '../security/limiter.ts';
import { sameOrigin } from './contact.ts';
import { MAX_AGE_MS, type FormTokens } from './form-token.ts';
import { FormTooLarge, readForm } from './http.ts';
import type { Lang } from './i18n.ts';

/** Applications (and blocked attempts) per client address per hour. */
export const APPLY_LIMIT: WindowLimit = { name: 'apply:ip', max: 10, windowMs: 60 * 60_000 };
const TOKEN_USES: WindowLimit = { name: 'apply:token', max: 1, windowMs: MAX_AGE_MS };
const MAX_BODY_BYTES = 64 * 1024;

export type ApplyField = 'displayName' | 'email' | 'region' | 'city' | 'skillIds' | 'motivation' | 'form';
export const APPLY_FIELDS: Exclude<ApplyField, 'form'>[] = [
  'displayName',
  'email',
  'region',
  'city',
  'skillIds',
  'motivation',
];

export interface ApplyValues {
  displayName: string;
  email: string;
  region: string;
  city: string;
  motivation: string;
  skillIds: string[];
}

export interface ApplyProblem {
  field: ApplyField;
  /** In the page's language. */
  message: string;
}

export type ApplyOutcome =
  | { kind: 'accepted' }
  | { kind: 'refused'; status: 403 | 413 | 415; reason: string }
  | { kind: 'problems'; status: 422 | 429; values: ApplyValues; problems: ApplyProblem[] };

export interface ApplyFormDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  tokens: FormTokens;
  publicUrl: string;
  limiter: RateLimiter;
}

export async function receiveApplication(deps: ApplyFormDeps, req: IncomingMessage, lang: Lang): Promise<ApplyOutcome> {
  if (!sameOrigin(req, deps.publicUrl))
    return { kind: 'refused', status: 403, reason: 'This form can only be sent from this site.' };
  let form: URLSearchParams | null;
  try {
    form = await readForm(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof FormTooLarge) return { kind: 'refused', status: 413, reason: 'The application is too long.' };
    throw error;
  }
  if (!form) return { kind: 'refused', status: 415, reason: 'Send the form as application/x-www-form-urlencoded.' };

  const values: ApplyValues = {
    displayName: form.get('displayName') ?? '',
    email: form.get('email') ?? '',
    region: form.get('region') ?? '',
    city: form.get('city') ?? '',
    motivation: form.get('motivation') ?? '',
    skillIds: form.getAll('skillIds').slice(0, 100),
  };
  const ip = String(req.headers[CLIENT_IP_HEADER] ?? '');
  const userAgent = String(req.headers['user-agent'] ?? '');
  const formProblem = (key: 'tooFast' | 'expired' | 'rateLimited' | 'alreadySent'): ApplyProblem => ({
    field: 'form',
    message: FORM_PROBLEMS[lang][key],
  });

  const fromIp = await reserve(deps.limiter, APPLY_LIMIT, ip);
  if (!fromIp) return { kind: 'problems', status: 429, values, problems: [formProblem('rateLimited')] };
  const audit = {
    actorId: null,
    action: 'membership.application_blocked',
    targetType: 'Email',
    targetId: values.email.slice(0, 254),
    ip,
    userAgent,
  };
  if ((form.get('website') ?? '') !== '') {
    await recordAudit(deps.prisma, { ...audit, data: { reason: 'honeypot' } });
    return { kind: 'accepted' };
  }
  const token = deps.tokens.check(form.get('token') ?? '');
  const problems = check(values, lang);
  if (token !== 'ok') {
    await recordAudit(deps.prisma, { ...audit, data: { reason: token } });
    return {
      kind: 'problems',
      status: 422,
      values,
      problems: [formProblem(token === 'too-fast' ? 'tooFast' : 'expired'), ...problems.problems],
    };
  }
  if (!problems.input) {
    await fromIp.release();
    return { kind: 'problems', status: 422, values, problems: problems.problems };
  }
  if (!(await reserve(deps.limiter, TOKEN_USES, form.get('token') ?? ''))) {
    return { kind: 'problems', status: 422, values, problems: [formProblem('alreadySent')] };
  }
  try {
    await takeApplication(
      { prisma: deps.prisma, mailer: deps.mailer, publicUrl: deps.publicUrl, ip, userAgent },
      problems.input,
    );
  } catch (error) {
    if (error instanceof ValidationError)
      return { kind: 'problems', status: 422, values, problems: toProblems(error, lang) };
    throw error;
  }
  return { kind: 'accepted' };
}

/** The API's rules on the form's values: the checked application, or each field's problem. */
function check(values: ApplyValues, lang: Lang) {
  try {
    const input = parseInput(applySchema, {
      ...values,
      city: values.city || null,
      skillIds: values.skillIds.map((id) => ({ id })),
      locale: lang === 'en' ? 'EN' : 'FR',
    });
    return { input, problems: [] as ApplyProblem[] };
  } catch (error) {
    if (error instanceof ValidationError) return { input: null, problems: toProblems(error, lang) };
    throw error;
  }
}

/** One problem per field, in the form's order, in the page's language. */
function toProblems(error: ValidationError, lang: Lang): ApplyProblem[] {
  const all = error.fieldErrors.map((fe) => ({
    field: (APPLY_FIELDS as string[]).includes(fe.path[1] ?? '') ? (fe.path[1] as ApplyField) : ('form' as const),
    message: fe.key ? translate(fe.key, lang, fe.params) : fe.message,
  }));
  return APPLY_FIELDS.flatMap((field) => all.find((problem) => problem.field === field) ?? []);
}

const FORM_PROBLEMS = {
  fr: {
    tooFast: 'Prenez le temps de relire votre candidature, puis envoyez-la à nouveau.',
    expired: 'Ce formulaire a expiré : vérifiez votre candidature, puis envoyez-la à nouveau.',
    rateLimited: 'Trop de candidatures sont parties de votre connexion récemment. Réessayez dans une heure.',
    alreadySent: 'Ce formulaire a déjà été envoyé.',
  },
  en: {
    tooFast: 'Take the time to read your application again, then send it once more.',
    expired: 'This form has expired: check your application, then send it again.',
    rateLimited: 'Too many applications were sent from your connection recently. Try again in an hour.',
    alreadySent: 'This form was already sent.',
  },
} as const;
