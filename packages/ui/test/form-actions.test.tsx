// The form's own buttons: while sending, the submit button is disabled and says "Envoi…"; Cancel
// is offered only where the form can be left; a folded form opens from its button.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormActions, FormOpener } from '../src/FormActions.tsx';

afterEach(cleanup);

describe('form actions', () => {
  it('says the form is being sent and cannot be sent twice meanwhile', () => {
    const { rerender } = render(<FormActions sending={false} submit="Enregistrer" />);
    const submit = screen.getByRole('button', { name: 'Enregistrer' });
    expect(submit).toHaveProperty('disabled', false);
    expect(submit.getAttribute('type')).toBe('submit');
    expect(screen.queryByRole('button', { name: 'Annuler' })).toBeNull();
    rerender(<FormActions sending submit="Enregistrer" />);
    expect(screen.getByRole('button', { name: 'Envoi…' })).toHaveProperty('disabled', true);
  });

  it('offers Cancel when the form can be left, in the words given or "Annuler"', () => {
    const leave = vi.fn<() => void>();
    render(<FormActions sending={false} submit="Publier" onCancel={leave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(leave).toHaveBeenCalledOnce();
    cleanup();
    render(<FormActions sending={false} submit="Publier" onCancel={leave} cancel="Fermer sans publier" />);
    expect(screen.getByRole('button', { name: 'Fermer sans publier' }).getAttribute('type')).toBe('button');
  });

  it('a folded form opens from its button, which says it is folded', () => {
    const open = vi.fn<() => void>();
    render(
      <FormOpener id="ouvrir" onOpen={open}>
        Écrire dans le journal
      </FormOpener>,
    );
    const button = screen.getByRole('button', { name: 'Écrire dans le journal' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(open).toHaveBeenCalledOnce();
  });
});
