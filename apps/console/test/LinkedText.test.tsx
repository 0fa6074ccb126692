// Outbox emails show their links as links, without the sentence's punctuation.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LinkedText } from '../src/outbox/LinkedText.tsx';

afterEach(cleanup);

it('turns web addresses into links and keeps the rest as text', () => {
  const { container } = render(
    <LinkedText
      text={
        'Bonjour,\nConnectez-vous : https://eko.example/connexion#token=abc-1.\nÀ bientôt (https://eko.example/aide).'
      }
    />,
  );
  const links = screen.getAllByRole('link');
  expect(links.map((a) => a.getAttribute('href'))).toEqual([
    'https://eko.example/connexion#token=abc-1',
    'https://eko.example/aide',
  ]);
  expect(container.textContent).toBe(
    'Bonjour,\nConnectez-vous : https://eko.example/connexion#token=abc-1.\nÀ bientôt (https://eko.example/aide).',
  );
});

it('leaves other schemes as text', () => {
  render(<LinkedText text="javascript:alert(1) mailto:a@b.fr" />);
  expect(screen.queryByRole('link')).toBeNull();
});
