// The one confirm dialog of both apps: a labelled modal that starts on the safe choice, keeps focus
// inside, closes on Escape, says what failed, counts and refuses a too-long text, and gives focus back.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState, type FormEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton, ConfirmDialog, type ConfirmDialogProps } from '../src/ConfirmDialog.tsx';

afterEach(cleanup);

/** A button that opens the dialog, as the screens do. */
function Harness(props: Partial<ConfirmDialogProps>) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Révoquer le jeton
      </button>
      {isOpen && (
        <ConfirmDialog
          title="Révoquer le jeton « Site Bretagne » ?"
          confirmLabel="Révoquer"
          tone="danger"
          onConfirm={async () => null}
          onClose={() => setOpen(false)}
          {...props}
        >
          <p>Il cesse de fonctionner immédiatement.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function openDialog(props: Partial<ConfirmDialogProps> = {}) {
  render(<Harness {...props} />);
  const opener = screen.getByRole('button', { name: 'Révoquer le jeton' });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: screen.getByRole('dialog', { name: 'Révoquer le jeton « Site Bretagne » ?' }) };
}

describe('ConfirmDialog', () => {
  it('is a labelled modal dialog that starts on the safe choice', () => {
    const { dialog } = openDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Il cesse de fonctionner immédiatement.',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    const { dialog } = openDialog();
    const cancel = screen.getByRole('button', { name: 'Annuler' });
    const confirm = screen.getByRole('button', { name: 'Révoquer' });
    confirm.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
  });

  it('closes on Escape without acting, and gives focus back to the button that opened it', () => {
    const onConfirm = vi.fn<(reason: string) => Promise<null>>(async () => null);
    const { opener, dialog } = openDialog({ onConfirm });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener);
  });

  it('asks for a required reason before acting, then passes it on', async () => {
    const onConfirm = vi.fn<(reason: string) => Promise<null>>(async () => null);
    openDialog({ onConfirm, field: { label: 'Motif', required: true, minLength: 3 } });
    const reason = screen.getByLabelText('Motif');
    expect(document.activeElement).toBe(reason);
    fireEvent.click(screen.getByRole('button', { name: 'Révoquer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ce champ est obligatoire.');
    fireEvent.change(reason, { target: { value: 'ab' } });
    fireEvent.click(screen.getByRole('button', { name: 'Révoquer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Écrivez au moins 3 caractères.');
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.change(reason, { target: { value: '  Partenariat terminé  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Révoquer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onConfirm).toHaveBeenCalledWith('Partenariat terminé');
  });

  it('stays open and says why when the action fails', async () => {
    openDialog({ onConfirm: async () => 'L’état a changé entre-temps.' });
    fireEvent.click(screen.getByRole('button', { name: 'Révoquer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('L’état a changé entre-temps.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('sends focus to the screen title when the opener is gone', async () => {
    function Vanishing() {
      const [isOpen, setOpen] = useState(false);
      const [done, setDone] = useState(false);
      return (
        <main>
          <h1 tabIndex={-1}>Candidatures</h1>
          {!done && (
            <button type="button" onClick={() => setOpen(true)}>
              Admettre Margaux
            </button>
          )}
          {isOpen && (
            <ConfirmDialog
              title="Admettre ?"
              confirmLabel="Admettre"
              onConfirm={async () => setDone(true)}
              onClose={() => setOpen(false)}
            />
          )}
        </main>
      );
    }
    render(<Vanishing />);
    const opener = screen.getByRole('button', { name: 'Admettre Margaux' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: 'Admettre' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Candidatures' }));
  });

  it('counts a limited text and refuses a longer one without cutting it', async () => {
    const onConfirm = vi.fn<(reason: string) => Promise<null>>(async () => null);
    openDialog({ onConfirm, field: { label: 'Motif', optional: true, maxLength: 10 } });
    const reason = screen.getByLabelText('Motif (facultatif)');
    expect(document.activeElement).toBe(reason);
    fireEvent.change(reason, { target: { value: 'Trop long pour passer' } });
    expect(screen.getByText('21 / 10 caractères')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Révoquer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Au plus 10 caractères (21 aujourd’hui).');
    expect((reason as HTMLTextAreaElement).value).toBe('Trop long pour passer');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('as a button that asks first: sends the trimmed text and shows a translated trouble with the API’s words', async () => {
    const onConfirm = vi.fn<(text: string) => Promise<{ text: string; detail: string } | null>>(async (text) =>
      text === 'non' ? { text: 'Ce n’est pas possible pour le moment.', detail: 'Already archived.' } : null,
    );
    render(
      <ConfirmButton
        label="Archiver"
        title="Archiver le collectif ?"
        confirmLabel="Archiver définitivement"
        field={{ label: 'Pourquoi', optional: true, maxLength: 500 }}
        onConfirm={onConfirm}
      />,
    );
    const opener = screen.getByRole('button', { name: 'Archiver' });
    expect(opener.getAttribute('aria-haspopup')).toBe('dialog');
    fireEvent.click(opener);
    fireEvent.change(screen.getByLabelText('Pourquoi (facultatif)'), { target: { value: '  non ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Archiver définitivement' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Ce n’est pas possible pour le moment.Already archived.');
    expect(onConfirm).toHaveBeenCalledWith('non');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opened from inside a form, is not nested in it and confirming never submits it', async () => {
    const outerSubmit = vi.fn<(event: FormEvent) => void>((event) => event.preventDefault());
    const onConfirm = vi.fn<() => Promise<null>>(async () => null);
    render(
      <form aria-label="Répondre" onSubmit={outerSubmit}>
        <ConfirmButton
          label="Décliner"
          title="Décliner la demande ?"
          confirmLabel="Décliner définitivement"
          onConfirm={onConfirm}
        />
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Décliner' }));
    const dialog = screen.getByRole('dialog', { name: 'Décliner la demande ?' });
    expect(screen.getByRole('form', { name: 'Répondre' }).contains(dialog)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Décliner définitivement' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(outerSubmit).not.toHaveBeenCalled();
  });
});
