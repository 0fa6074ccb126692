// The charter (cadre de fonctionnement): the agreements every member accepts on joining.
// Coordinators add, reword, reorder (instantly, with buttons a keyboard reaches) and remove them;
// a member whose acceptance predates a revision is asked to read it again.
import {
  CollectiveCharterAcceptAgainDocument,
  CollectiveCharterAddDocument,
  CollectiveCharterEditDocument,
  CollectiveCharterRemoveDocument,
  CollectiveCharterReorderDocument,
} from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { CHARTER_MAX, RULES } from './rules.ts';
import { ConfirmButton, TroubleAlert, useFocusSoon, FormActions } from '@ekoacteurs/ui';
import { formatDate } from '../shared/dates.ts';
import { SelectField, TextArea } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, troubleOf, type Trouble, troubleOnForm } from '../shared/outcome.ts';
import { acceptedCurrentCharter, type SectionProps } from './standing.ts';
import { EditorForm } from './EditorForm.tsx';
import { useInlineEditor } from './useInlineEditor.ts';

type Agreement = NonNullable<SectionProps['collective']['charter']>[number];

export function CharterSection({ collective, standing, announce }: SectionProps) {
  const { t, language } = useTranslation();
  const charter = collective.charter ?? [];
  const me = collective.viewerMembership;
  const [{ fetching: accepting }, acceptAgain] = useMutation(CollectiveCharterAcceptAgainDocument);
  const [, reorder] = useMutation(CollectiveCharterReorderDocument);
  const [, remove] = useMutation(CollectiveCharterRemoveDocument);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const focusSoon = useFocusSoon();
  const outdated =
    standing.isMember &&
    !standing.archived &&
    !acceptedCurrentCharter(me?.charterAcceptedAt, collective.charterRevisedAt);

  async function onAcceptAgain() {
    setTrouble(null);
    const result = await acceptAgain({ collectiveId: collective.id });
    const outcome = outcomeOf(result.data?.acceptCollectiveCharter, result.error, 'CollectiveMembershipSuccess');
    if (outcome.kind === 'done') {
      announce(t('collectives.charter.acceptedAgain'));
      focusSoon('charter-title');
    } else setTrouble(troubleOf(outcome));
  }

  async function move(index: number, by: -1 | 1) {
    setTrouble(null);
    const ids = charter.map((agreement) => agreement.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    const position = index + by + 1;
    // Focus follows the agreement (on the same button while it can still move that way).
    const stillMoves = by === -1 ? position > 1 : position < charter.length;
    focusSoon(`charter-${by === -1 ? (stillMoves ? 'up' : 'down') : stillMoves ? 'down' : 'up'}-${moved}`);
    announce(t('collectives.charter.moved', { position }));
    const result = await reorder({ collectiveId: collective.id, agreementIds: ids });
    const outcome = outcomeOf(result.data?.reorderCharter, result.error, 'CollectiveSuccess');
    if (outcome.kind !== 'done') setTrouble(troubleOf(outcome) ?? { key: 'collectives.problem.conflict' });
  }

  async function onRemove(agreement: Agreement) {
    const result = await remove({ id: agreement.id });
    const outcome = outcomeOf(result.data?.removeCharterAgreement, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') {
      announce(t('collectives.charter.removed', { position: agreement.position }));
      focusSoon('charter-title');
    }
    return troubleOf(outcome);
  }

  return (
    <section id="charte" aria-labelledby="charter-title">
      <h2 id="charter-title" tabIndex={-1}>
        {t('collectives.charter.title')}
      </h2>
      <p className="muted">
        {t('collectives.charter.intro')}{' '}
        {collective.charterRevisedAt &&
          t('collectives.charter.revised', { date: formatDate(collective.charterRevisedAt, language) })}
      </p>

      {outdated && (
        <div className="notice">
          <p>
            {me?.charterAcceptedAt
              ? t('collectives.charter.outdated', { date: formatDate(me.charterAcceptedAt, language) })
              : t('collectives.charter.neverAccepted')}
          </p>
          <button type="button" onClick={onAcceptAgain} disabled={accepting}>
            {accepting ? t('common.sending') : t('collectives.charter.acceptAgain')}
          </button>
        </div>
      )}
      <TroubleAlert trouble={trouble} />

      {charter.length === 0 ? (
        <p className="notice">
          {standing.canManage ? t('collectives.charter.emptyCoordinator') : t('collectives.charter.none')}
        </p>
      ) : (
        <ol className="charter">
          {charter.map((agreement, index) => (
            <li key={agreement.id} id={`agreement-${agreement.id}`}>
              {editingId === agreement.id ? (
                <EditAgreement
                  agreement={agreement}
                  onDone={(saved) => {
                    setEditingId(null);
                    if (saved) announce(t('collectives.charter.saved', { position: agreement.position }));
                    focusSoon(`charter-edit-${agreement.id}`);
                  }}
                />
              ) : (
                <>
                  <p className="agreement-text">{agreement.text}</p>
                  {standing.canManage && (
                    <div className="actions compact">
                      <button
                        id={`charter-edit-${agreement.id}`}
                        type="button"
                        className="secondary"
                        aria-label={t('collectives.charter.editLabel', { position: index + 1 })}
                        onClick={() => setEditingId(agreement.id)}
                      >
                        {t('collectives.edit')}
                      </button>
                      <button
                        id={`charter-up-${agreement.id}`}
                        type="button"
                        className="secondary"
                        disabled={index === 0}
                        aria-label={t('collectives.charter.upLabel', { position: index + 1 })}
                        onClick={() => move(index, -1)}
                      >
                        {t('collectives.charter.up')}
                      </button>
                      <button
                        id={`charter-down-${agreement.id}`}
                        type="button"
                        className="secondary"
                        disabled={index === charter.length - 1}
                        aria-label={t('collectives.charter.downLabel', { position: index + 1 })}
                        onClick={() => move(index, 1)}
                      >
                        {t('collectives.charter.down')}
                      </button>
                      <ConfirmButton
                        label={t('collectives.remove')}
                        ariaLabel={t('collectives.charter.removeLabel', { position: index + 1 })}
                        title={t('collectives.charter.removeTitle', { position: index + 1 })}
                        confirmLabel={t('collectives.charter.removeConfirm')}
                        onConfirm={() => onRemove(agreement)}
                      >
                        <blockquote>{agreement.text}</blockquote>
                        <p>{t('collectives.charter.revisionWarning')}</p>
                      </ConfirmButton>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}

      {standing.canManage && (
        <AddAgreement
          collectiveId={collective.id}
          count={charter.length}
          onAdded={(position) => {
            announce(t('collectives.charter.added', { position }));
          }}
        />
      )}
    </section>
  );
}

function EditAgreement({ agreement, onDone }: { agreement: Agreement; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [{ fetching }, edit] = useMutation(CollectiveCharterEditDocument);
  const form = useForm(`agreement-${agreement.id}`, { text: agreement.text }, { text: RULES.agreement });
  const [minor, setMinor] = useState(false);

  const { trouble, setTrouble, begin } = useInlineEditor(`agreement-${agreement.id}-text`, () => form.validate());

  async function submit(event: FormEvent) {
    if (!begin(event)) return;
    if (form.values.text.trim() === agreement.text) return onDone(false);
    const result = await edit({ id: agreement.id, text: form.values.text.trim(), minor });
    const outcome = outcomeOf(result.data?.editCharterAgreement, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') return onDone(true);
    setTrouble(troubleOnForm(outcome, form));
  }

  return (
    <EditorForm onSubmit={submit} trouble={trouble} sending={fetching} onCancel={() => onDone(false)}>
      <TextArea
        field={form.field('text')}
        label={t('collectives.charter.editField', { position: agreement.position })}
        rows={3}
      />
      <label className="checkbox">
        <input type="checkbox" checked={minor} onChange={(event) => setMinor(event.target.checked)} />
        {t('collectives.charter.minor')}
      </label>
    </EditorForm>
  );
}

function AddAgreement({
  collectiveId,
  count,
  onAdded,
}: {
  collectiveId: string;
  count: number;
  onAdded: (position: number) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, add] = useMutation(CollectiveCharterAddDocument);
  const form = useForm('add-agreement', { text: '', position: '' }, { text: RULES.agreement });
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const focusSoon = useFocusSoon();
  const full = count >= CHARTER_MAX;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    if (!form.validate()) return;
    const position = form.values.position ? Number(form.values.position) : null;
    const result = await add({ collectiveId, text: form.values.text.trim(), position });
    const outcome = outcomeOf(result.data?.addCharterAgreement, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') {
      const added = position ?? count + 1;
      form.reset();
      onAdded(added);
      // Focus stays in the field, ready for the next agreement.
      focusSoon('add-agreement-text');
      return;
    }
    setTrouble(troubleOnForm(outcome, form));
  }

  if (full) return <p className="hint muted">{t('collectives.charter.full', { max: CHARTER_MAX })}</p>;

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="add-agreement-title">
      <h3 id="add-agreement-title">{t('collectives.charter.addTitle')}</h3>
      <TextArea
        field={form.field('text')}
        label={t('collectives.charter.newAgreement')}
        hint={t('collectives.charter.revisionWarning')}
        rows={3}
      />
      {count > 0 && (
        <SelectField field={form.field('position')} label={t('collectives.charter.position')}>
          <option value="">{t('collectives.charter.atEnd')}</option>
          {Array.from({ length: count }, (_, index) => (
            <option key={index} value={String(index + 1)}>
              {t('collectives.charter.atPosition', { position: index + 1 })}
            </option>
          ))}
        </SelectField>
      )}
      <TroubleAlert trouble={trouble} />
      <FormActions sending={fetching} submit={t('collectives.charter.add')} />
    </form>
  );
}
