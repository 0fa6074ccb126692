// What every screen does with the kit: its title names the tab and takes focus; while loading, a
// skeleton says so to screen readers; a failure says what happened and offers to retry; a trouble
// is translated, with the API's own words under it; a field ties its hint, counter and error.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadFailed, Skeleton, TroubleAlert } from '../src/Feedback.tsx';
import { Field } from '../src/Field.tsx';
import { ScreenTitle } from '../src/ScreenTitle.tsx';

afterEach(cleanup);

describe('screen states', () => {
  it('a title names the browser tab and takes focus', () => {
    render(<ScreenTitle id="titre">Mes collectifs</ScreenTitle>);
    const heading = screen.getByRole('heading', { level: 1, name: 'Mes collectifs' });
    expect(document.title).toBe('Mes collectifs — ÉkôActeurs');
    expect(document.activeElement).toBe(heading);
    cleanup();
    render(
      <ScreenTitle title="Membres" site="Console ÉkôActeurs">
        Les membres
      </ScreenTitle>,
    );
    expect(document.title).toBe('Membres — Console ÉkôActeurs');
  });

  it('a skeleton is a status with words, its grey lines hidden from screen readers', () => {
    const { container } = render(<Skeleton label="Chargement des ateliers…" lines={4} />);
    expect(screen.getByRole('status').textContent).toBe('Chargement des ateliers…');
    expect(container.querySelectorAll('[aria-hidden="true"] .skeleton-line')).toHaveLength(4);
    cleanup();
    render(<Skeleton />);
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
  });

  it('a failure is an alert with what to do and a retry', () => {
    const retry = vi.fn<() => void>();
    render(<LoadFailed message="Les ateliers n’ont pas pu être chargés." onRetry={retry} hint />);
    expect(screen.getByRole('alert').textContent).toContain('Vérifiez votre connexion puis réessayez.');
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('a trouble is said in the reader’s words, the API’s English marked as such', () => {
    render(<TroubleAlert trouble={{ key: 'kit.failed', detail: 'Conflict.' }} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Cela n’a pas fonctionné. Vérifiez votre connexion puis réessayez.Conflict.',
    );
    expect(screen.getByText('Conflict.').getAttribute('lang')).toBe('en');
  });
});

describe('fields', () => {
  it('tie the hint, the counter and the error to the control', () => {
    render(
      <Field
        id="purpose"
        label="Raison d’être"
        hint="Une phrase suffit."
        optional
        error="Écrivez au moins 10 caractères."
        count={{ value: 9, max: 500 }}
      >
        {(control) => <textarea {...control} />}
      </Field>,
    );
    const control = screen.getByLabelText('Raison d’être (facultatif)');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    const described = control
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(['Une phrase suffit.', '9 / 500 caractères', 'Écrivez au moins 10 caractères.']);
  });
});
