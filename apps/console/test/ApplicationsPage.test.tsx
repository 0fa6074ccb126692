import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApplicationQueueQuery } from '@ekoacteurs/client';
import { CombinedError } from '@urql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Provider } from 'urql';
import { ApplicationsPage } from '../src/applications/ApplicationsPage.tsx';
import { AnnouncerProvider } from '@ekoacteurs/ui';
import { testClient, type Call } from './client.ts';

afterEach(cleanup);

type Node = NonNullable<ApplicationQueueQuery['applicants']>['edges'][number]['node'];

const applicant = (id: string, displayName: string, overrides: Partial<Node> = {}): Node => ({
  __typename: 'Member',
  id,
  handle: displayName.toLowerCase().replace(/ /g, '-'),
  displayName,
  email: `${displayName.split(' ')[0]!.toLowerCase()}@exemple.fr`,
  status: 'APPLICANT',
  region: 'Bretagne',
  city: 'Rennes',
  motivation: 'Graphiste indépendante, je cherche des partenaires pour répondre à des appels d’offres.',
  createdAt: '2026-11-02T10:00:00.000Z',
  skills: [
    {
      __typename: 'MemberSkill',
      level: 'ADVANCED',
      skill: {
        __typename: 'Skill',
        id: 'U2tpbGw6MQ==',
        name: 'Identité visuelle',
        nameEn: 'Visual identity',
        domain: 'COMMUNICATION',
      },
    },
  ],
  ...overrides,
});

function queue(nodes: Node[]): { data: ApplicationQueueQuery } {
  return {
    data: {
      __typename: 'Query',
      applicants: {
        __typename: 'QueryApplicantsConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'QueryApplicantsEdge', cursor: node.id, node })),
      },
    },
  };
}

const MARGAUX = applicant('TWVtYmVyOjE=', 'Margaux Leroy');
const YANIS = applicant('TWVtYmVyOjI=', 'Yanis Benali', { region: 'Occitanie', city: 'Toulouse' });

function renderQueue(answer: (call: Call) => ReturnType<Parameters<typeof testClient>[0]>) {
  const client = testClient(answer);
  render(
    <Provider value={client.client}>
      <AnnouncerProvider>
        <main>
          <ApplicationsPage />
        </main>
      </AnnouncerProvider>
    </Provider>,
  );
  return client;
}

const memberPayload = (field: string, status: string) => ({
  data: {
    [field]: {
      __typename: 'MemberSuccess',
      member: { __typename: 'Member', id: MARGAUX.id, status, admittedAt: null },
    },
  },
});

describe('the applications queue', () => {
  it('lists each applicant with where they are, their skills and their motivation', () => {
    renderQueue(() => queue([MARGAUX, YANIS]));
    expect(screen.getByText('2 candidatures en attente.')).toBeTruthy();
    const row = screen.getByRole('row', { name: /Margaux Leroy/ });
    expect(within(row).getByText('Rennes, Bretagne')).toBeTruthy();
    expect(within(row).getByText('Identité visuelle')).toBeTruthy();
    expect(within(row).getByText(/appels d’offres/)).toBeTruthy();
    expect(within(row).getByText('2 nov. 2026')).toBeTruthy();
  });

  it('admits after confirmation, with the welcome word, and says so', async () => {
    let admitted = false;
    const { mutations } = renderQueue(({ operationName }) => {
      if (operationName === 'AdmitApplicant') {
        admitted = true;
        return memberPayload('admitApplicant', 'ACTIVE');
      }
      return queue(admitted ? [YANIS] : [MARGAUX, YANIS]);
    });
    fireEvent.click(
      within(screen.getByRole('row', { name: /Margaux Leroy/ })).getByRole('button', { name: 'Admettre' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Admettre Margaux Leroy ?' });
    expect(within(dialog).getByText(/un e-mail de bienvenue part à margaux@exemple.fr/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Mot d’accueil (facultatif)'), {
      target: { value: 'Bienvenue parmi nous !' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Admettre' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mutations).toEqual([
      { operationName: 'AdmitApplicant', variables: { memberId: MARGAUX.id, message: 'Bienvenue parmi nous !' } },
    ]);
    expect(screen.getByRole('status').textContent).toContain('Margaux Leroy est admis·e');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Margaux Leroy/ })).toBeNull());
    // Focus goes back to the screen's title: the row it came from is gone.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Candidatures' }));
  });

  it('declines only after a red confirmation, and Escape changes nothing', async () => {
    const { mutations } = renderQueue(({ operationName }) =>
      operationName === 'DeclineApplicant' ? memberPayload('declineApplicant', 'DECLINED') : queue([MARGAUX]),
    );
    const decline = within(screen.getByRole('row', { name: /Margaux Leroy/ })).getByRole('button', { name: 'Refuser' });
    decline.focus();
    fireEvent.click(decline);
    let dialog = screen.getByRole('dialog', { name: 'Refuser la candidature de Margaux Leroy ?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(mutations).toEqual([]);
    expect(document.activeElement).toBe(decline);

    fireEvent.click(decline);
    dialog = screen.getByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Refuser la candidature' });
    expect(confirm.className).toBe('danger');
    fireEvent.change(within(dialog).getByLabelText('Message (facultatif)'), {
      target: { value: 'Revenez quand votre activité aura démarré.' },
    });
    fireEvent.click(confirm);
    await waitFor(() => expect(mutations).toHaveLength(1));
    expect(mutations[0]).toEqual({
      operationName: 'DeclineApplicant',
      variables: { memberId: MARGAUX.id, message: 'Revenez quand votre activité aura démarré.' },
    });
    expect((await screen.findByRole('status')).textContent).toContain('La candidature de Margaux Leroy est refusée');
  });

  it('keeps the dialog open and explains when someone else decided first', async () => {
    renderQueue(({ operationName }) =>
      operationName === 'AdmitApplicant'
        ? {
            data: {
              admitApplicant: {
                __typename: 'ConflictError',
                code: 'CONFLICT',
                message: 'This member is ACTIVE, not an applicant.',
              },
            },
          }
        : queue([MARGAUX]),
    );
    fireEvent.click(
      within(screen.getByRole('row', { name: /Margaux Leroy/ })).getByRole('button', { name: 'Admettre' }),
    );
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Admettre' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toContain('L’état a changé entre-temps');
  });

  it('says when the queue is empty, and what to do when it cannot load', () => {
    renderQueue(() => queue([]));
    expect(screen.getByText(/Aucune candidature n’attend de réponse/)).toBeTruthy();
    cleanup();
    renderQueue(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Les candidatures n’ont pas pu être chargées.');
    expect(alert.textContent).toContain('Vérifiez votre connexion');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
