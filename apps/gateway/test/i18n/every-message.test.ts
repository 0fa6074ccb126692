// Every sentence for people the gateway writes (typed errors, field errors, request errors, "what
// happens next" answers) has a French version, and answers follow Accept-Language: the catalogue is
// checked against the sentences found in the code, then representative failing operations of several
// domains are run in French and in English, and no answer holds a sentence of the other language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasFrench, localize } from '../../src/i18n/localize.ts';
import { SENTENCES } from '../../src/i18n/sentences.ts';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { addProfile, sessionOf } from '../network/fixtures.ts';
import { sentencesIn } from './source-sentences.ts';

/** Frequent English words; none may appear in a French answer (code names such as `updateWorkshop` are not words here). */
const ENGLISH =
  /\b(the|your|you|this|these|is|are|at least|at most|give|use|choose|already|not|cannot|can|with|and|of|has|first|sign in|no)\b/i;
/** Frequent French words; none may appear in an English answer. */
const FRENCH =
  /\b(le|la|les|votre|vos|vous|est|une|des|du|pour|avec|pas|déjà|aucun|aucune|cet|cette|au moins|au plus)\b|[éèàù]/i;
/** Sentences that read like messages but are not for people of the apps: schema descriptions, the shell, a webhook's payload. */
const NOT_FOR_PEOPLE: Record<string, string> = {
  'src/schema/index.ts': 'connection descriptions (schema documentation)',
  'src/schema/supergraph/entities.ts': 'descriptions of the federation subgraph (schema documentation)',
  'src/auth/first-admin.ts': 'the admin:create command, run in a shell',
  'src/security/index.ts': 'a warning logged at start',
  'src/security/persisted.ts:Persisted documents:': 'a build-time check of the persisted documents file',
  'src/schema/admin/webhooks.ts:Ping from': 'the body of a webhook ping, for the integrator’s server',
  'src/schema/network/introductions.ts:{} days': 'the end of a mutation description',
  'src/schema/workshops/attendance.ts:Présence': 'ledger notes, already in French (stored data)',
};
/** What a French sentence may quote as it is: « quoted » names, code identifiers (camelCase), the introspection path. */
const CODE = /«[^»]*»|\b[a-z]+[A-Z]\w*|\(types › fields › args\)/g;
const SCANNED = [
  'src/schema',
  'src/auth',
  'src/security',
  'src/privacy/erasure.ts',
  'src/webhooks/target.ts',
  'src/resilience',
  'src/errors.ts',
];
const gatewayRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const excluded = (file: string, text: string) =>
  Object.keys(NOT_FOR_PEOPLE).some((key) => {
    const [path, start] = key.split(/:(.*)/s);
    return file === path && (!start || text.startsWith(start));
  });

describe('the catalogue against the code', () => {
  const sentences = sentencesIn(gatewayRoot, SCANNED).filter((s) => !excluded(s.file, s.text));

  it('finds the sentences the code writes (the scan itself works)', () => {
    expect(sentences.length).toBeGreaterThan(200);
    expect(sentences.map((s) => s.text)).toContain('No workshop has this id.');
    expect(sentences.map((s) => s.text)).toContain('This workshop is {}: it can no longer be changed.');
  });

  it('has a French version of every sentence the code writes for people', () => {
    // `{}` is what the code interpolates: a number stands for it (names and numbers pass through).
    const missing = sentences
      .filter((s) => !hasFrench(s.text.replaceAll('{}', '42')))
      .map((s) => `${s.file}: ${s.text}`);
    expect(missing).toEqual([]);
  });

  it('writes each French sentence in French, and each English one in English', () => {
    const leaks: string[] = [];
    for (const [english, french] of Object.entries(SENTENCES)) {
      expect(french, english).not.toBe(english);
      if (ENGLISH.test(french.replace(CODE, ''))) leaks.push(`fr: ${french}`);
      if (FRENCH.test(english.replace(/“Mes données”/, ''))) leaks.push(`en: ${english}`);
    }
    expect(leaks).toEqual([]);
  });

  it('translates what the code interpolates: statuses agree with their noun, names and numbers stay', () => {
    const interpolated: [english: string, french: string][] = [
      ['This opportunity is CLOSED: that is final.', 'Cette opportunité est clôturée : c’est définitif.'],
      [
        'This workshop is cancelled: it can no longer be changed.',
        'Cet atelier est annulé : il ne peut plus être modifié.',
      ],
      [
        'This workshop is already published: only drafts are published.',
        'Cet atelier est déjà publié : seuls les brouillons se publient.',
      ],
      [
        'Before publishing, give it a start in the future, a place (updateWorkshop).',
        'Avant de le publier, donnez-lui un début à venir, un lieu (updateWorkshop).',
      ],
      [
        'Léa Martin declined your last request; you may ask again from 2026-03-14.',
        'Léa Martin a décliné votre dernière demande ; vous pourrez redemander à partir du 2026-03-14.',
      ],
      [
        'Too many attempts from this address. Wait an hour, then try again.',
        'Trop de tentatives depuis cette adresse. Attendez une heure, puis réessayez.',
      ],
      [
        'Rate limit reached: none of your 1000 points per 60 s are left. Retry in 12 s, or ask for fewer items per operation.',
        'Limite de débit atteinte : il ne reste rien de vos 1000 points par 60 s. Réessayez dans 12 s, ou demandez moins d’éléments par opération.',
      ],
    ];
    for (const [english, french] of interpolated) expect(localize(english, 'fr')).toBe(french);
    expect(localize('No workshop has this id.', 'en')).toBe('No workshop has this id.');
    expect(localize('A sentence nobody wrote.', 'fr')).toBe('A sentence nobody wrote.');
  });
});

const FR = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' };
const EN = { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' };
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const ERRORS = `... on Error { code message } ... on ValidationError { fieldErrors { path message } }`;

let t: TestGateway;
let camille: As;
let camilleId: string;
beforeAll(async () => {
  t = await startTestGateway();
  camilleId = (await addProfile(t, { handle: 'camille-i18n', displayName: 'Camille Martin', region: 'Bretagne' })).id;
  camille = await sessionOf(t, camilleId);
});
afterAll(() => t?.stop());

interface Case {
  name: string;
  query: string;
  variables?: () => Record<string, unknown>;
  as?: () => As;
  /** Every message of the French answer (the result's, its field errors', or the request errors'). */
  fr: string[];
  en: string[];
}

const CASES: Case[] = [
  {
    name: 'workshops: registering for a workshop that does not exist (typed error)',
    query: `mutation($id: ID!) { registerForWorkshop(workshopId: $id) { __typename ${ERRORS.split(' ... on ValidationError')[0]} } }`,
    variables: () => ({ id: globalId('Workshop', NOWHERE) }),
    as: () => camille,
    fr: ['Aucun atelier n’a cet identifiant.'],
    en: ['No workshop has this id.'],
  },
  {
    name: 'collectives: creating one with too short a name and purpose (field errors from zod rules)',
    query: `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { __typename ${ERRORS} } }`,
    variables: () => ({ input: { name: 'X', purpose: 'court' } }),
    as: () => camille,
    fr: [
      'Certains champs sont à corriger : voir fieldErrors.',
      'Indiquez au moins 2 caractères.',
      'Dites en une phrase pourquoi le collectif existe (au moins 10 caractères).',
    ],
    en: [
      'Some fields are invalid: see fieldErrors.',
      'Give at least 2 characters.',
      'Say in a sentence why the collective exists (at least 10 characters).',
    ],
  },
  {
    name: 'network: recommending oneself (a field error written in the resolver)',
    query: `mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename ${ERRORS} } }`,
    variables: () => ({
      input: {
        memberId: globalId('Member', camilleId),
        clientName: 'Atelier Dupont',
        note: 'Une collaboration exemplaire sur ce chantier.',
      },
    }),
    as: () => camille,
    fr: ['Certains champs sont à corriger : voir fieldErrors.', 'Recommandez quelqu’un d’autre que vous-même.'],
    en: ['Some fields are invalid: see fieldErrors.', 'Recommend someone else than yourself.'],
  },
  {
    name: 'identity: a mutation asked without signing in (a request error)',
    query: `mutation($id: ID!) { registerForWorkshop(workshopId: $id) { __typename } }`,
    variables: () => ({ id: globalId('Workshop', NOWHERE) }),
    fr: ['Connectez-vous (ou envoyez un jeton d’API) pour utiliser Mutation.registerForWorkshop.'],
    en: ['Sign in (or send an API token) to use Mutation.registerForWorkshop.'],
  },
  {
    name: 'identity: asking for a sign-in link (what happens next)',
    query: `mutation { requestSignInLink(email: "personne-i18n@exemple.fr") { __typename ... on EmailSentSuccess { message } } }`,
    fr: [
      'Si un compte utilise cette adresse, un lien de connexion est en route (valable 15 minutes). Regardez votre boîte de réception et vos indésirables.',
    ],
    en: [
      'If an account uses this address, a sign-in link is on its way (valid 15 minutes). Check your inbox and spam folder.',
    ],
  },
];

/** Every person-facing message of an answer: request errors, then the result's own and its field errors'. */
function messagesOf(body: { data?: Record<string, unknown> | null; errors?: { message: string }[] }): string[] {
  const result = Object.values(body.data ?? {})[0] as
    { message?: string; fieldErrors?: { message: string }[] } | null | undefined;
  return [
    ...(body.errors ?? []).map((e) => e.message),
    ...(result?.message ? [result.message] : []),
    ...(result?.fieldErrors ?? []).map((e) => e.message),
  ];
}

describe('answers in the caller’s language', () => {
  for (const c of CASES) {
    it(`${c.name}`, async () => {
      const ask = async (headers: Record<string, string>) =>
        (await t.graphql(c.query, c.variables?.() ?? {}, { ...c.as?.(), headers })).body;
      const fr = await ask(FR);
      const en = await ask(EN);
      expect(messagesOf(fr), JSON.stringify(fr)).toEqual(c.fr);
      expect(messagesOf(en), JSON.stringify(en)).toEqual(c.en);
      for (const message of messagesOf(fr)) expect(message).not.toMatch(ENGLISH);
      for (const message of messagesOf(en)) expect(message).not.toMatch(FRENCH);
      // Same codes whatever the language.
      const codes = (body: typeof fr) =>
        JSON.stringify([
          body.errors?.map((e: { extensions?: unknown }) => e.extensions),
          (Object.values(body.data ?? {})[0] as { code?: string } | null)?.code,
        ]);
      expect(codes(fr)).toBe(codes(en));
    });
  }
});
