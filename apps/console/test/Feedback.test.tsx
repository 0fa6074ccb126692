// Feedback clears when the state it describes is over: a new success replaces the one before
// ("Brouillon créé" goes once the workshop is published) and clears the failure it follows.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnouncerProvider, useAnnouncer } from '@ekoacteurs/ui';

afterEach(cleanup);

function Buttons() {
  const announce = useAnnouncer();
  return (
    <>
      <button type="button" onClick={() => announce.success('Brouillon « Atelier » créé.')}>
        créer
      </button>
      <button type="button" onClick={() => announce.error('La publication a échoué.')}>
        échouer
      </button>
      <button type="button" onClick={() => announce.success('« Atelier » est publié.')}>
        publier
      </button>
    </>
  );
}

describe('toasts', () => {
  it('replace an earlier success and clear a failure once the next action succeeds', () => {
    render(
      <AnnouncerProvider>
        <Buttons />
      </AnnouncerProvider>,
    );
    fireEvent.click(screen.getByText('créer'));
    expect(screen.getByRole('status').textContent).toContain('Brouillon « Atelier » créé.');
    fireEvent.click(screen.getByText('échouer'));
    expect(screen.getByRole('alert').textContent).toContain('La publication a échoué.');
    fireEvent.click(screen.getByText('publier'));
    expect(screen.getByRole('status').textContent).toContain('« Atelier » est publié.');
    expect(screen.getByRole('status').textContent).not.toContain('Brouillon');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
