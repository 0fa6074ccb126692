// /profil/page: the draft saves itself once it passes the API's rules; the preview shows the saved
// draft as the API sanitised it; sections are added, moved and removed (after a confirmation);
// publishing; the admins' reason when they took the page offline.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageEditorPage } from '../../src/profile/PageEditorPage.tsx';
import { savedPage } from '@ekoacteurs/client/test-fixtures/network';
import { mutation, query, stubEndpoint, validationError } from '@ekoacteurs/client/test-support';
import { renderAt } from '../render-at.tsx';
import { VIEWER_ID } from '@ekoacteurs/client/test-fixtures/viewer';

afterEach(cleanup);

const viewerWith = (page: unknown) =>
  query({
    viewer: { __typename: 'Member', id: VIEWER_ID, handle: 'camille-martin', displayName: 'Camille Martin', page },
  });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PageEditorPage', () => {
  it('autosaves a valid draft and previews the API’s sanitised HTML, not what was typed', async () => {
    const typed = 'Bonjour <script>alert(1)</script> [piège](javascript:alert(1))';
    const { client, calls } = stubEndpoint((name, variables) => {
      if (name === 'MyPage') return viewerWith(null);
      if (name === 'MyPageSave') {
        const input = variables.input as { title: string; sections: { text: { title: string } }[] };
        return mutation('saveMyPage', {
          __typename: 'VisibilityPageSuccess',
          page: savedPage({
            title: input.title,
            sections: [
              {
                __typename: 'TextSection',
                kind: 'TEXT',
                title: input.sections[0]!.text.title,
                markdown: 'Bonjour [piège]()',
                html: '<p>Bonjour piège</p>',
              },
            ],
          }),
        });
      }
      return 'pending';
    });
    renderAt('/profil/page', client, <PageEditorPage autosaveDelay={20} />);
    expect((await screen.findByLabelText('Titre de la page')) as HTMLInputElement).toBeTruthy();
    expect(screen.getByText('L’aperçu apparaîtra au premier enregistrement du brouillon.')).toBeTruthy();

    // An empty text section does not pass the API's rules: nothing is saved, and it says why.
    fireEvent.change(screen.getByLabelText('Titre de la section'), { target: { value: 'Mon parcours' } });
    await act(() => wait(60));
    expect(calls('MyPageSave')).toHaveLength(0);
    expect(screen.getByText('Corrigez les champs signalés : le brouillon s’enregistrera ensuite.')).toBeTruthy();
    expect(screen.getByLabelText('Texte (markdown)').getAttribute('aria-invalid')).toBe('false');

    fireEvent.change(screen.getByLabelText('Texte (markdown)'), { target: { value: typed } });
    await waitFor(() => expect(calls('MyPageSave')).toHaveLength(1));
    expect(calls('MyPageSave')[0]!.variables.input).toEqual({
      title: 'Camille Martin',
      seoDescription: '',
      sections: [{ text: { title: 'Mon parcours', markdown: typed } }],
    });
    const preview = await screen.findByRole('article');
    await waitFor(() => expect(preview.textContent).toContain('Bonjour piège'));
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(screen.getByText(/Brouillon enregistré à/)).toBeTruthy();
  });

  it('shows the API’s field errors where they belong', async () => {
    const { client } = stubEndpoint((name) => {
      if (name === 'MyPage') return viewerWith(savedPage());
      if (name === 'MyPageSave')
        return mutation(
          'saveMyPage',
          validationError([
            {
              path: ['input', 'sections', '0', 'text', 'markdown'],
              message: 'Write some text (markup alone is removed).',
            },
          ]),
        );
      return 'pending';
    });
    renderAt('/profil/page', client, <PageEditorPage autosaveDelay={10} />);
    const markdown = await screen.findByLabelText('Texte (markdown)');
    fireEvent.change(markdown, { target: { value: '<b></b>' } });
    await waitFor(() => expect(markdown.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Write some text (markup alone is removed).').id).toBe(
      'page-sections-0-text-markdown-error',
    );
  });

  it('adds, moves and removes sections (after a confirmation), and publishes', async () => {
    const { client, calls } = stubEndpoint((name, variables) => {
      if (name === 'MyPage') return viewerWith(savedPage());
      if (name === 'MyPageSave')
        return mutation('saveMyPage', {
          __typename: 'VisibilityPageSuccess',
          page: savedPage({ updatedAt: '2026-03-02T10:20:00.000Z' }),
        });
      if (name === 'MyPagePublish')
        return mutation('publishPage', {
          __typename: 'VisibilityPageSuccess',
          page: savedPage({ id: variables.id, published: true, publishedAt: '2026-03-02T10:21:00.000Z' }),
        });
      return 'pending';
    });
    renderAt('/profil/page', client, <PageEditorPage autosaveDelay={10_000} />);
    await screen.findByRole('heading', { name: 'Section 1 : Texte' });
    fireEvent.click(screen.getByRole('button', { name: '+ Bouton d’action' }));
    expect(screen.getByRole('heading', { name: 'Section 2 : Bouton d’action' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Texte du bouton'), { target: { value: 'Me contacter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Monter Section 2 : Bouton d’action' }));
    const headings = () => within(screen.getByRole('form', { name: 'Contenu' })).getAllByRole('heading', { level: 3 });
    expect(headings().map((h) => h.textContent)).toEqual(['Section 1 : Bouton d’action', 'Section 2 : Texte']);

    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la section Section 2 : Texte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer cette section ?' });
    expect(dialog.textContent).toContain('Supprimer cette section ?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(headings()).toHaveLength(2);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Publier ma page' })));
    await waitFor(() => expect(calls('MyPagePublish')).toHaveLength(1));
    expect(calls('MyPageSave')[0]!.variables.input).toMatchObject({
      sections: [
        { callToAction: { label: 'Me contacter', action: 'CONTACT', url: null } },
        { text: { title: 'Mon parcours' } },
      ],
    });
    expect(await screen.findByText('Votre page est en ligne.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir ma page en ligne' }).getAttribute('href')).toBe(
      'http://portal.test/membres/camille-martin',
    );
  });

  it('tells the admins’ reason when they took the page offline', async () => {
    const { client } = stubEndpoint((name) =>
      name === 'MyPage'
        ? viewerWith(
            savedPage({
              unpublishedAt: '2026-03-01T08:00:00.000Z',
              unpublishedReason: 'Coordonnées d’un tiers publiées sans accord.',
            }),
          )
        : 'pending',
    );
    renderAt('/profil/page', client, <PageEditorPage />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Coordonnées d’un tiers publiées sans accord.');
    expect(note.textContent).toContain('L’équipe a retiré votre page du site le 1 mars 2026.');
  });
});
