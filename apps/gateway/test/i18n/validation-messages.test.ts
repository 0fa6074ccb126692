// The API's validation messages follow Accept-Language: every key of the catalogue has a French and an
// English sentence, and walking the validation errors of applyForMembership and of the profile
// mutations gives French sentences to a French request (no English one) and English to the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageOf } from '../../src/i18n/language.ts';
import { MESSAGES, translate, type MessageKey } from '../../src/i18n/messages.ts';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { addProfile, addSkill, sessionOf } from '../network/fixtures.ts';

/** Words only an English sentence holds; none may appear in a French answer. */
const ENGLISH =
  /\b(the|your|you|at least|at most|give|use|choose|enter|this|write|remove|some|skills?|characters?|pick|list|tell|us|more)\b/i;
const FRENCH =
  /\b(le|la|les|votre|vous|au moins|au plus|indiquez|utilisez|choisissez|saisissez|écrivez|retirez|caractères?|compétences?|dites-nous)\b/i;

const FR = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' };
const EN = { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' };

describe('the catalogue', () => {
  it('has every key in both languages, each sentence in its own language', () => {
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      for (const params of [
        { min: 1, max: 1 },
        { min: 3, max: 80 },
      ]) {
        const fr = translate(key, 'fr', params);
        const en = translate(key, 'en', params);
        expect(fr, key).toMatch(/\S.*[.]$/);
        expect(en, key).toMatch(/\S.*[.]$/);
        expect(fr, key).not.toBe(en);
        expect(fr, `${key} (fr): ${fr}`).not.toMatch(ENGLISH);
      }
    }
  });

  it('picks French only when the request prefers it', () => {
    expect(languageOf('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(languageOf('en;q=0.5, fr-CA;q=0.8')).toBe('fr');
    expect(languageOf('en-US,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(languageOf('de')).toBe('en');
    expect(languageOf(null)).toBe('en');
    expect(languageOf('fr;q=0')).toBe('en');
  });
});

let t: TestGateway;
let camille: As;
let skill: string;
beforeAll(async () => {
  t = await startTestGateway();
  skill = globalId('Skill', (await addSkill(t, 'compta', 'Comptabilité', 'ADMINISTRATION')).id);
  camille = await sessionOf(
    t,
    (await addProfile(t, { handle: 'camille-martin', displayName: 'Camille Martin', region: 'Bretagne' })).id,
  );
});
afterAll(() => t?.stop());

const ERRORS = `... on ValidationError { code message fieldErrors { path message } }`;
const CASES: {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  member?: boolean;
  expectFr: Record<string, string>;
}[] = [
  {
    name: 'applyForMembership',
    query: `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { __typename ${ERRORS} } }`,
    variables: {
      input: {
        displayName: 'X',
        email: 'leonie.fabre@exemple',
        region: ' ',
        skillIds: [],
        motivation: 'court',
        city: 'V'.repeat(81),
      },
    },
    expectFr: {
      'input.displayName': 'Indiquez au moins 2 caractères.',
      'input.email': 'Saisissez une adresse e-mail valide, par exemple camille@exemple.fr.',
      'input.region': 'Indiquez votre région.',
      'input.skillIds': 'Choisissez au moins une compétence.',
      'input.motivation': 'Dites-nous en un peu plus (au moins 30 caractères).',
      'input.city': 'Utilisez au plus 80 caractères.',
    },
  },
  {
    name: 'applyForMembership, unknown skills',
    query: `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { __typename ${ERRORS} } }`,
    variables: {
      input: {
        displayName: 'Léonie Fabre',
        email: 'leonie@exemple.fr',
        region: 'Bretagne',
        skillIds: [globalId('Skill', '00000000-0000-4000-8000-000000000000')],
        motivation: 'Je veux coopérer avec les membres de ma région.',
      },
    },
    expectFr: { 'input.skillIds': 'Certaines compétences sont inconnues ou en double : choisissez-les dans la liste.' },
  },
  {
    name: 'updateProfile',
    member: true,
    query: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename ${ERRORS} } }`,
    variables: {
      input: {
        displayName: 'C',
        headline: 'une\nautre',
        bio: 'x\u0001',
        region: 'R'.repeat(61),
        websiteUrl: 'ftp://camille',
        linkedinUrl: 'https://exemple.fr/camille',
      },
    },
    expectFr: {
      'input.displayName': 'Indiquez au moins 2 caractères.',
      'input.headline': 'Écrivez-le sur une seule ligne, sans caractère de contrôle.',
      'input.bio': 'Retirez les caractères de contrôle.',
      'input.region': 'Utilisez au plus 60 caractères.',
      'input.websiteUrl': 'Indiquez une adresse web complète commençant par https:// (ou http://).',
      'input.linkedinUrl':
        'Indiquez une adresse complète commençant par https://, par exemple https://www.linkedin.com/in/camille-martin.',
    },
  },
  {
    name: 'updateCooperationCard',
    member: true,
    query: `mutation($input: CooperationCardInput!) { updateCooperationCard(input: $input) { __typename ${ERRORS} } }`,
    variables: { input: { canDo: 'x'.repeat(2001) } },
    expectFr: { 'input.canDo': 'Utilisez au plus 2000 caractères.' },
  },
  {
    name: 'setPace',
    member: true,
    query: `mutation($note: String) { setPace(pace: LIMITED, note: $note) { __typename ${ERRORS} } }`,
    variables: { note: 'n'.repeat(281) },
    expectFr: { note: 'Utilisez au plus 280 caractères.' },
  },
  {
    name: 'setMemberSkills',
    member: true,
    query: `mutation($skills: [MemberSkillInput!]!) { setMemberSkills(input: { skills: $skills }) { __typename ${ERRORS} } }`,
    variables: {
      skills: [
        { skillId: 'SKILL', level: 'EXPERT' },
        { skillId: 'SKILL', level: 'EXPERT' },
        { skillId: globalId('Skill', '00000000-0000-4000-8000-000000000000'), level: 'EXPERT' },
      ],
    },
    expectFr: {
      'input.skills.1.skillId': 'Cette compétence est déjà dans la liste.',
      'input.skills.2.skillId': 'Cette compétence n’est pas dans la liste : choisissez-la dans la liste.',
    },
  },
];

describe('validation errors in the caller’s language', () => {
  for (const c of CASES) {
    it(`${c.name}: French to a French request, English otherwise; same codes and paths`, async () => {
      const variables = JSON.parse(JSON.stringify(c.variables).replaceAll('"SKILL"', JSON.stringify(skill)));
      const ask = async (headers: Record<string, string>) => {
        const response = await t.graphql(c.query, variables, { ...(c.member ? camille : {}), headers });
        const result = Object.values(response.body.data ?? {})[0] as {
          __typename: string;
          code: string;
          message: string;
          fieldErrors: { path: string[]; message: string }[];
        };
        expect(result?.__typename, JSON.stringify(response.body)).toBe('ValidationError');
        return result;
      };
      const fr = await ask(FR);
      const en = await ask(EN);
      expect(fr.code).toBe('VALIDATION_FAILED');
      expect(en.code).toBe('VALIDATION_FAILED');
      const byPath = (r: typeof fr) => Object.fromEntries(r.fieldErrors.map((e) => [e.path.join('.'), e.message]));
      expect(byPath(fr)).toEqual(c.expectFr);
      expect(Object.keys(byPath(en)).sort()).toEqual(Object.keys(c.expectFr).sort());
      for (const message of [fr.message, ...Object.values(byPath(fr))]) expect(message, message).not.toMatch(ENGLISH);
      for (const message of [en.message, ...Object.values(byPath(en))]) expect(message, message).not.toMatch(FRENCH);
    });
  }

  it('answers English to a caller that names no language (the API’s default for integrators)', async () => {
    const response = await t.graphql(CASES[0]!.query, CASES[0]!.variables);
    const result = response.body.data.applyForMembership;
    expect(result.fieldErrors.find((e: { path: string[] }) => e.path.join('.') === 'input.region').message).toBe(
      'Give your region.',
    );
  });
});
