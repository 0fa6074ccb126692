// The integrations' forms (a token, a webhook): a form sent with problems says each one under its
// field or its group of choices, in French, and the field or group is described by it.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Provider } from 'urql';
import { AnnouncerProvider } from '@ekoacteurs/ui';
import { TokensPanel } from '../src/integrations/TokensPanel.tsx';
import { WebhooksPanel } from '../src/integrations/WebhooksPanel.tsx';
import { testClient } from './client.ts';

afterEach(cleanup);

function renderPanel(panel: ReactElement) {
  const client = testClient(() => 'pending');
  render(
    <Provider value={client.client}>
      <AnnouncerProvider>
        <main>{panel}</main>
      </AnnouncerProvider>
    </Provider>,
  );
  return client;
}

function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the integrations forms', () => {
  it('a token without a name nor rights says both, and sends nothing', () => {
    const { mutations } = renderPanel(<TokensPanel />);
    const form = screen.getByRole('form', { name: 'Nouveau jeton' });
    within(form)
      .getAllByRole('checkbox')
      .forEach((box) => {
        if ((box as HTMLInputElement).checked) fireEvent.click(box);
      });
    fireEvent.click(within(form).getByRole('button', { name: 'Créer le jeton' }));
    const name = within(form).getByLabelText('Nom');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(name)).toContain('Donnez un nom de 2 à 80 caractères.');
    expect(describedBy(within(form).getByRole('group', { name: 'Droits' }))).toBe('Choisissez au moins un droit.');
    expect(mutations).toEqual([]);
  });

  it('a webhook without an https address nor events says both', () => {
    renderPanel(<WebhooksPanel />);
    const form = screen.getByRole('form', { name: 'Nouveau webhook' });
    fireEvent.change(within(form).getByLabelText('Adresse'), { target: { value: 'ftp://exemple.fr' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer le webhook' }));
    expect(describedBy(within(form).getByLabelText('Adresse'))).toContain(
      'Donnez une adresse qui commence par https://.',
    );
    expect(describedBy(within(form).getByRole('group', { name: 'Événements' }))).toBe(
      'Choisissez au moins un événement.',
    );
  });
});
