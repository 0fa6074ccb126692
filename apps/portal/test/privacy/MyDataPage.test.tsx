// "Mes données" in French: request an archive, watch it get ready, download it through its link;
// read what leaving keeps and why, be stopped while last coordinator, confirm with one's handle.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MyDataPage } from '../../src/privacy/MyDataPage.tsx';
import { type Answer, mutation, stubEndpoint } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const LINK = 'http://portal.test/donnees/archives/e-1?cle=eko_export_secret';
const exportRow = (status: string, progress: number) => ({
  __typename: 'DataExport',
  id: 'e-1',
  status,
  progress,
  createdAt: '2026-03-01T09:00:00.000Z',
  readyAt: status === 'READY' ? '2026-03-01T09:00:05.000Z' : null,
  expiresAt: status === 'READY' ? '2026-03-02T09:00:05.000Z' : null,
  sizeBytes: status === 'READY' ? 48_200 : null,
});
const myData = (exports: unknown[]) => ({
  data: {
    __typename: 'Query',
    viewer: { __typename: 'Member', id: VIEWER.id, handle: VIEWER.handle },
    myDataExports: exports,
  },
});
const preview = (blocking: { slug: string; name: string }[] = []) => ({
  data: {
    __typename: 'Query',
    leavingPreview: {
      __typename: 'LeavingPreview',
      blockingCollectives: blocking.map((c) => ({ __typename: 'LeavingCollective', ...c })),
      collectivesToArchive: [{ __typename: 'LeavingCollective', slug: 'atelier-solo', name: 'Atelier solo' }],
      futureRegistrations: 2,
      ledgerEntries: 7,
      journalEntries: 1,
      commitments: 3,
      recommendations: 4,
      opportunities: 0,
    },
  },
});

function setup(answer: (name: string, variables: Record<string, unknown>) => Answer | undefined) {
  const endpoint = stubEndpoint(
    (name, variables) =>
      answer(name, variables) ?? (name === 'LeavingPreview' ? preview() : name === 'MyData' ? myData([]) : 'pending'),
  );
  renderAt('/mes-donnees', endpoint.client, <MyDataPage />);
  return endpoint;
}

describe('MyDataPage', () => {
  it('prepares the archive, shows its progress, then the download link and until when it works', async () => {
    let polls = 0;
    const { calls } = setup((name) => {
      if (name === 'RequestDataExport') {
        return mutation('requestDataExport', {
          __typename: 'RequestDataExportSuccess',
          downloadUrl: LINK,
          dataExport: exportRow('PENDING', 0),
        });
      }
      if (name === 'MyData')
        return myData(
          calls('RequestDataExport').length === 0
            ? []
            : ++polls === 1
              ? [exportRow('RUNNING', 40)]
              : [exportRow('READY', 100)],
        );
      return undefined;
    });
    await screen.findByText('Aucune archive demandée pour l’instant.');
    fireEvent.click(screen.getByRole('button', { name: 'Préparer mon archive' }));
    await screen.findByText('Votre archive est en préparation. Vous pouvez rester sur cette page.');
    expect(screen.getByRole('button', { name: 'Préparer mon archive' }).hasAttribute('disabled')).toBe(true);
    const download = await screen.findByRole('link', { name: /Télécharger l’archive/ }, { timeout: 7000 });
    expect(download.getAttribute('href')).toBe(LINK);
    expect(screen.getByText('Votre archive est prête.')).toBeTruthy();
    expect(screen.getByText(/Le lien fonctionne jusqu’au 2 mars 2026/)).toBeTruthy();
  }, 10_000);

  it('says what leaving erases, cancels and keeps, and why', async () => {
    setup(() => undefined);
    await screen.findByRole('heading', { name: 'Ce qui sera conservé, et pourquoi' });
    expect(screen.getByText(/2 inscriptions à des ateliers à venir/)).toBeTruthy();
    expect(screen.getByText(/Atelier solo/)).toBeTruthy();
    expect(
      screen.getByText(
        /7 écritures du grand livre, avec leurs montants, sous le pseudonyme : le compte commun doit rester juste/,
      ),
    ).toBeTruthy();
  });

  it('stops the last coordinator, naming the collectives to hand over', async () => {
    setup((name) =>
      name === 'LeavingPreview'
        ? preview([{ slug: 'cooperative-des-abers', name: 'Coopérative des Abers' }])
        : undefined,
    );
    await screen.findByText(
      'Vous êtes la dernière personne coordinatrice de ces collectifs : nommez d’abord un·e autre coordinateur·ice.',
    );
    expect(screen.getByRole('link', { name: 'Coopérative des Abers' }).getAttribute('href')).toBe(
      '/collectifs/cooperative-des-abers',
    );
    fireEvent.change(screen.getByLabelText(`Pour confirmer, tapez votre identifiant : ${VIEWER.handle}`), {
      target: { value: VIEWER.handle },
    });
    expect(screen.getByRole('button', { name: 'Quitter définitivement la fédération' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('asks for the exact handle, then says goodbye', async () => {
    const { calls } = setup((name, variables) => {
      if (name !== 'LeaveFederation') return undefined;
      return variables.confirmHandle === VIEWER.handle
        ? mutation('leaveFederation', {
            __typename: 'ErasureSuccess',
            pseudonym: 'ancien-membre-1',
            registrationsCancelled: 2,
          })
        : mutation('leaveFederation', {
            __typename: 'ConfirmationMismatchError',
            code: 'CONFIRMATION_MISMATCH',
            message: 'Type your handle.',
          });
    });
    const field = await screen.findByLabelText(`Pour confirmer, tapez votre identifiant : ${VIEWER.handle}`);
    fireEvent.change(field, { target: { value: 'camille' } });
    fireEvent.click(screen.getByRole('button', { name: 'Quitter définitivement la fédération' }));
    await screen.findByText('Ce n’est pas votre identifiant : tapez-le exactement comme indiqué.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: VIEWER.handle } });
    fireEvent.click(screen.getByRole('button', { name: 'Quitter définitivement la fédération' }));
    await screen.findByText('Vos données ont été effacées. Merci pour ce que vous avez apporté à la fédération.');
    await waitFor(() =>
      expect(calls('LeaveFederation').map((c) => c.variables.confirmHandle)).toEqual(['camille', VIEWER.handle]),
    );
  });
});
