// A face for every member and a picture for every collective or workshop: initials on a colour
// derived from the name (readable: AA contrast), the photo when there is one, and an illustration
// that is the same for a slug every time and differs between slugs.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Avatar } from '../src/Avatar.tsx';
import { AVATAR_COLOURS, colourOf, contrastOf, initialsOf } from '../src/identity.ts';
import { Illustration, illustrationOf } from '../src/Illustration.tsx';

afterEach(cleanup);

describe('avatars', () => {
  it('shows the initials of the first and last names, accents and hyphens included', () => {
    expect(initialsOf('Léonie Fabre')).toBe('LF');
    expect(initialsOf('Anne-Sophie Simon')).toBe('AS');
    expect(initialsOf('élodie')).toBe('É');
    expect(initialsOf("Jean d'Ormesson")).toBe('JO');
  });

  it('puts them on a colour of the name, the same every time, white text readable on each (≥ 4.5:1)', () => {
    expect(colourOf('Léonie Fabre')).toBe(colourOf(' léonie fabre '));
    for (const colour of AVATAR_COLOURS) expect(contrastOf(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const { container } = render(<Avatar name="Camille Martin" />);
    const face = container.querySelector('.avatar') as HTMLElement;
    expect(face.textContent).toBe('CM');
    expect(face.getAttribute('aria-hidden')).toBe('true');
    const again = render(<Avatar name="Camille Martin" />).container.querySelector('.avatar') as HTMLElement;
    expect(face.style.background).not.toBe('');
    expect(again.style.background).toBe(face.style.background);
  });

  it('shows the photo when there is one, named only when it stands alone', () => {
    const { container, rerender } = render(<Avatar name="Camille Martin" photoUrl="/photos/camille.webp" />);
    const photo = container.querySelector('img')!;
    expect(photo.getAttribute('src')).toBe('/photos/camille.webp');
    expect(photo.getAttribute('alt')).toBe('');
    rerender(<Avatar name="Camille Martin" photoUrl="/photos/camille.webp" labelled />);
    expect(container.querySelector('img')!.getAttribute('alt')).toBe('Camille Martin');
  });

  it('offers an uploaded photo in both its sizes, the small one first', () => {
    const { container } = render(
      <Avatar
        name="Camille Martin"
        photoUrl="/photos/0190a0b0-0000-7000-8000-000000000001/0123456789abcdef-512.webp"
        size="sm"
      />,
    );
    const photo = container.querySelector('img')!;
    expect(photo.getAttribute('src')).toBe('/photos/0190a0b0-0000-7000-8000-000000000001/0123456789abcdef-96.webp');
    expect(photo.getAttribute('srcset')).toBe(
      '/photos/0190a0b0-0000-7000-8000-000000000001/0123456789abcdef-96.webp 96w, /photos/0190a0b0-0000-7000-8000-000000000001/0123456789abcdef-512.webp 512w',
    );
    expect(photo.getAttribute('sizes')).toBe('28px');
  });
});

describe('illustrations', () => {
  it('draw the same picture for a slug every time, and another for another slug', () => {
    expect(illustrationOf('cooperative-des-images')).toEqual(illustrationOf('cooperative-des-images'));
    expect(illustrationOf('cooperative-des-images')).not.toEqual(illustrationOf('prospecter-sans-se-renier'));
    const { container } = render(<Illustration slug="cooperative-des-images" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('circle, path').length).toBe(7);
  });
});
