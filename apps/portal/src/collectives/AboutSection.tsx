// How the collective works (its description), and what changes the collective itself:
// coordinators edit it or archive it; members may leave it.
import { CollectiveArchiveDocument, CollectiveLeaveDocument, CollectiveUpdateDocument } from '@ekoacteurs/client';
import { ConfirmButton } from '@ekoacteurs/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { COLLECTIVE_PATHS } from '../shared/paths.ts';
import { RULES } from './rules.ts';
import { useForm } from '../shared/form.ts';
import { outcomeOf, troubleOf, troubleOnForm } from '../shared/outcome.ts';
import type { SectionProps } from './standing.ts';
import { EditorForm } from './EditorForm.tsx';
import { CollectiveFields, COLLECTIVE_FIELD_RULES } from './CollectiveFields.tsx';
import { useInlineEditor } from './useInlineEditor.ts';

export function AboutSection({ collective, standing, announce }: SectionProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [, archive] = useMutation(CollectiveArchiveDocument);
  const [, leave] = useMutation(CollectiveLeaveDocument);
  const members = collective.members.edges.map((edge) => edge.node);
  const coordinators = members.filter((m) => m.role === 'COORDINATOR');
  const lastCoordinator = standing.isCoordinator && coordinators.length <= 1;
  const lastMember = members.length <= 1;

  if (!standing.isMember && collective.description === null) return null;

  async function onArchive(reason: string) {
    const result = await archive({ id: collective.id, reason: reason || null });
    const outcome = outcomeOf(result.data?.archiveCollective, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') {
      announce(t('collectives.about.archived', { name: collective.name }));
      window.setTimeout(() => document.getElementById('collective-title')?.focus(), 0);
    }
    return troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []);
  }

  async function onLeave() {
    const result = await leave({ collectiveId: collective.id, newCoordinatorId: null });
    const outcome = outcomeOf(result.data?.leaveCollective, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') navigate(COLLECTIVE_PATHS.mine, { state: { left: collective.name } });
    return troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []);
  }

  return (
    <section id="a-propos" aria-labelledby="about-title">
      <h2 id="about-title">{t('collectives.about.title')}</h2>
      {editing ? (
        <EditCollectiveForm
          collective={collective}
          onDone={(changed) => {
            setEditing(false);
            if (changed) announce(t('collectives.about.saved'));
            window.setTimeout(() => document.getElementById(changed ? 'about-title' : 'about-edit')?.focus(), 0);
          }}
        />
      ) : (
        <>
          {collective.description ? (
            <p className="pre-line">{collective.description}</p>
          ) : (
            <p className="muted">{t('collectives.about.noDescription')}</p>
          )}
          {standing.isMember && (
            <div className="actions">
              {standing.canManage && (
                <button id="about-edit" type="button" className="secondary" onClick={() => setEditing(true)}>
                  {t('collectives.about.edit')}
                </button>
              )}
              {standing.canManage && (
                <ConfirmButton
                  label={t('collectives.about.archive')}
                  title={t('collectives.about.archiveTitle', { name: collective.name })}
                  confirmLabel={t('collectives.about.archiveConfirm')}
                  field={{
                    optional: true,
                    label: t('collectives.about.archiveReason'),
                    hint: t('collectives.about.archiveReasonHint'),
                    maxLength: RULES.reason.max,
                  }}
                  onConfirm={onArchive}
                >
                  <p>{t('collectives.about.archiveBody')}</p>
                </ConfirmButton>
              )}
              {!standing.archived && !lastMember && !lastCoordinator && (
                <ConfirmButton
                  label={t('collectives.about.leave')}
                  title={t('collectives.about.leaveTitle', { name: collective.name })}
                  confirmLabel={t('collectives.about.leaveConfirm')}
                  onConfirm={onLeave}
                >
                  <p>{t('collectives.about.leaveBody')}</p>
                </ConfirmButton>
              )}
            </div>
          )}
          {standing.isMember && !standing.archived && lastCoordinator && !lastMember && (
            <p className="hint muted">{t('collectives.about.lastCoordinator')}</p>
          )}
        </>
      )}
    </section>
  );
}

function EditCollectiveForm({
  collective,
  onDone,
}: {
  collective: SectionProps['collective'];
  onDone: (changed: boolean) => void;
}) {
  const [{ fetching }, update] = useMutation(CollectiveUpdateDocument);
  const initial = {
    name: collective.name,
    purpose: collective.purpose,
    region: collective.region,
    description: collective.description ?? '',
  };
  const form = useForm('edit-collective', initial, COLLECTIVE_FIELD_RULES);
  const { trouble, setTrouble, begin } = useInlineEditor('edit-collective-name', () => form.validate());

  async function submit(event: FormEvent) {
    if (!begin(event)) return;
    const changed = Object.fromEntries(
      (Object.keys(initial) as (keyof typeof initial)[])
        .filter((key) => form.values[key].trim() !== initial[key].trim())
        .map((key) => [key, form.values[key].trim()]),
    );
    if (Object.keys(changed).length === 0) return onDone(false);
    const result = await update({ id: collective.id, input: changed });
    const outcome = outcomeOf(result.data?.updateCollective, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') return onDone(true);
    setTrouble(troubleOnForm(outcome, form));
  }

  return (
    <EditorForm onSubmit={submit} trouble={trouble} sending={fetching} onCancel={() => onDone(false)}>
      <CollectiveFields field={form.field} currentRegion={collective.region} descriptionRows={6} />
    </EditorForm>
  );
}
