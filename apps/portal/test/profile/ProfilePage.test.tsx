// /profil: checks as you type with the API's rules, the API's field errors under their field,
// the skill picker, one save for every part (only what changed is sent), the warning before leaving
// with unsaved changes, the pace choices, the private concerns, loading and failure states.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { ProfilePage } from '../../src/profile/ProfilePage.tsx';
import { mutation, query, stubEndpoint, validationError } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER_ID } from '@ekoacteurs/client/test-fixtures/viewer';
import { myProfile, SKILLS, taxonomy } from '@ekoacteurs/client/test-fixtures/network';

afterEach(cleanup);

const profile = myProfile({
  headline: 'Graphiste',
  contact: {
    __typename: 'MemberContact',
    email: 'camille.martin@example.fr',
    websiteUrl: 'https://camille.example.org',
    linkedinUrl: null,
  },
  skills: [{ __typename: 'MemberSkill', level: 'EXPERT', skill: SKILLS[0] }],
  canDo: 'Des logos.',
  concerns: 'Trop de projets à la fois.',
});

function answers(overrides: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  return (name: string, variables: Record<string, unknown>) => {
    if (overrides[name]) return overrides[name]!(variables) as never;
    if (name === 'MyProfile') return query({ viewer: profile });
    if (name === 'SkillsTaxonomy') return taxonomy();
    return 'pending' as const;
  };
}

describe('ProfilePage', () => {
  it('says it is loading, then what failed and how to retry', async () => {
    let fail = true;
    const { client } = stubEndpoint((name) =>
      name === 'MyProfile'
        ? fail
          ? 'offline'
          : query({ viewer: profile })
        : name === 'SkillsTaxonomy'
          ? taxonomy()
          : 'pending',
    );
    renderAt('/profil', client, <ProfilePage />);
    expect(screen.getByRole('status').textContent).toMatch(/Chargement/);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch('Votre profil n’a pas pu être chargé');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(((await screen.findByLabelText('Accroche (facultatif)')) as HTMLInputElement).value).toBe('Graphiste');
  });

  it('checks as you type with the API’s rules, and shows the API’s field errors under their field', async () => {
    const { client, calls } = stubEndpoint(
      answers({
        ProfileUpdate: () =>
          mutation(
            'updateProfile',
            validationError([
              {
                path: ['input', 'websiteUrl'],
                message: 'Give a full web address starting with https:// (or http://).',
              },
            ]),
          ),
      }),
    );
    renderAt('/profil', client, <ProfilePage />);
    const headline = await screen.findByLabelText('Accroche (facultatif)');
    fireEvent.change(headline, { target: { value: 'x'.repeat(141) } });
    expect(headline.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Raccourcissez à 140 caractères au plus (vous en avez 141).')).toBeTruthy();
    const linkedin = screen.getByLabelText('Profil LinkedIn (facultatif)');
    fireEvent.change(linkedin, { target: { value: 'https://example.org/camille' } });
    expect(screen.getByText(/Donnez l’adresse de votre profil LinkedIn/)).toBeTruthy();

    // Nothing is sent while a field is wrong; focus goes to the first one.
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));
    await waitFor(() => expect(document.activeElement).toBe(headline));
    expect(calls('ProfileUpdate')).toHaveLength(0);

    fireEvent.change(headline, { target: { value: 'Graphiste — identités sobres' } });
    fireEvent.change(linkedin, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));
    const website = screen.getByLabelText('Site web (facultatif)');
    await waitFor(() => expect(website.getAttribute('aria-invalid')).toBe('true'));
    expect(website.getAttribute('aria-describedby')).toContain('profile-websiteUrl-error');
    expect(screen.getByText('Give a full web address starting with https:// (or http://).')).toBeTruthy();
    expect(calls('ProfileUpdate')[0]!.variables.input).toMatchObject({
      headline: 'Graphiste — identités sobres',
      linkedinUrl: null,
      websiteUrl: 'https://camille.example.org',
    });
    // Only the part that changed was sent, and the change is still unsaved.
    expect(calls('ProfileCardUpdate')).toHaveLength(0);
    expect(screen.getByText('Modifications non enregistrées')).toBeTruthy();
  });

  it('finds skills by typing, picks one with the keyboard, sets its level, and saves them with the rest', async () => {
    const { client, calls } = stubEndpoint(
      answers({
        ProfileSkillsSet: () =>
          mutation('setMemberSkills', {
            __typename: 'ProfileSuccess',
            member: { __typename: 'Member', id: VIEWER_ID, skills: [] },
          }),
      }),
    );
    renderAt('/profil', client, <ProfilePage />);
    const search = await screen.findByRole('combobox', { name: 'Ajouter une compétence' });
    // The skill already chosen is listed with its level, and not offered again.
    expect((screen.getByLabelText('Niveau en Identité visuelle') as HTMLSelectElement).value).toBe('EXPERT');
    fireEvent.change(search, { target: { value: 'redac' } });
    expect(
      within(screen.getByRole('listbox', { name: 'Ajouter une compétence' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Rédaction']);
    fireEvent.keyDown(search, { key: 'Enter' });
    const level = screen.getByLabelText('Niveau en Rédaction') as HTMLSelectElement;
    fireEvent.change(level, { target: { value: 'ADVANCED' } });
    expect(screen.getByText('2 compétences choisies sur 15 possibles.')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'visuelle' } });
    expect(screen.getByText('Aucun résultat : essayez un autre mot.')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' })));
    expect(calls('ProfileSkillsSet')[0]!.variables.skills).toEqual([
      { skillId: SKILLS[0]!.id, level: 'EXPERT' },
      { skillId: SKILLS[1]!.id, level: 'ADVANCED' },
    ]);
    expect(calls('ProfileUpdate')).toHaveLength(0);
    expect(await screen.findByText('Profil enregistré.')).toBeTruthy();
    expect(screen.getByText('Tout est enregistré')).toBeTruthy();
    // Removing a skill gives focus back to the picker.
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Rédaction' }));
    expect(document.activeElement).toBe(search);
  });

  it('marks concerns as private, saves the cooperation card, and warns before leaving with unsaved changes', async () => {
    const { client, calls } = stubEndpoint(
      answers({
        ProfileCardUpdate: () =>
          mutation('updateCooperationCard', {
            __typename: 'ProfileSuccess',
            member: {
              __typename: 'Member',
              id: VIEWER_ID,
              canDo: 'Des logos et des chartes.',
              cannotDo: '',
              wishes: '',
              concerns: 'Trop de projets à la fois.',
            },
          }),
      }),
    );
    renderAt('/profil', client, <ProfilePage />);
    const concerns = await screen.findByLabelText('Ce que je redoute (facultatif)');
    expect(concerns.getAttribute('aria-describedby')).toContain('card-concerns-hint');
    expect(screen.getByText('Privé : visible par vous et l’équipe seulement.')).toBeTruthy();
    const leave = () => window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    expect(leave()).toBe(true);
    fireEvent.change(screen.getByLabelText('Ce que je peux faire (facultatif)'), {
      target: { value: 'Des logos et des chartes.' },
    });
    expect(leave()).toBe(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' })));
    expect(calls('ProfileCardUpdate')[0]!.variables.input).toEqual({
      canDo: 'Des logos et des chartes.',
      cannotDo: '',
      wishes: '',
      concerns: 'Trop de projets à la fois.',
    });
    expect(await screen.findByText('Profil enregistré.')).toBeTruthy();
    expect(leave()).toBe(true);
  });

  it('lays out each pace as a choice with its explanation, and saves the one chosen', async () => {
    const { client, calls } = stubEndpoint(
      answers({
        ProfilePaceSet: () =>
          mutation('setPace', {
            __typename: 'ProfileSuccess',
            member: { __typename: 'Member', id: VIEWER_ID, pace: 'LIMITED', paceNote: 'Le jeudi' },
          }),
      }),
    );
    renderAt('/profil', client, <ProfilePage />);
    const limited = await screen.findByRole('radio', { name: /Peu disponible/ });
    expect(limited.getAttribute('aria-describedby')).toBe('pace-LIMITED-hint');
    fireEvent.click(limited);
    fireEvent.change(screen.getByLabelText('Un mot sur votre rythme (facultatif)'), {
      target: { value: ' Le jeudi ' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' })));
    expect(calls('ProfilePaceSet')[0]!.variables).toEqual({ pace: 'LIMITED', note: 'Le jeudi' });
    expect(await screen.findByText('Profil enregistré.')).toBeTruthy();
  });
});
