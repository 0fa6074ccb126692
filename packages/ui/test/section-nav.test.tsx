// A screen's table of contents: one navigation landmark named for the parts, a link to each part.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { SectionNav } from '../src/SectionNav.tsx';

afterEach(cleanup);

it('is a named navigation with a link to each part, in order', () => {
  render(
    <SectionNav
      label="Parties du profil"
      parts={[
        { id: 'profile-identity', title: 'Identité' },
        { id: 'profile-skills', title: 'Compétences' },
      ]}
    />,
  );
  const nav = screen.getByRole('navigation', { name: 'Parties du profil' });
  const links = within(nav).getAllByRole('link');
  expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
    ['Identité', '#profile-identity'],
    ['Compétences', '#profile-skills'],
  ]);
});
