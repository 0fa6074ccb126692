// Asking to join a collective: the member reads its charter and accepts it explicitly, with a
// word for its coordinators. Shows where a request or an invitation stands.
import { CollectiveJoinRequestDocument, type CollectiveSummaryFragment } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { CharterAgreement, useCharterAgreement } from './CharterAgreement.tsx';
import { CharterList } from './CharterList.tsx';
import { COLLECTIVE_PATHS } from '../shared/paths.ts';
import { RULES } from './rules.ts';
import { TroubleAlert, FormActions } from '@ekoacteurs/ui';
import { TextArea } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, troubleOf, type Trouble } from '../shared/outcome.ts';

interface JoinableCollective extends Pick<CollectiveSummaryFragment, 'id' | 'name' | 'status'> {
  charter?: readonly { id: string; text: string }[] | null;
  viewerMembership?: { id: string; status: string } | null;
}

export function JoinPanel({
  collective,
  showCharter = false,
  headingLevel = 2,
}: {
  collective: JoinableCollective;
  showCharter?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const [{ fetching }, request] = useMutation(CollectiveJoinRequestDocument);
  const base = `join-${collective.id.replace(/\W/g, '')}`;
  const form = useForm(base, { message: '' }, { message: RULES.message });
  const agreement = useCharterAgreement();
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const status = collective.viewerMembership?.status;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    const messageOk = form.validate();
    if (!agreement.agreed) {
      agreement.demand();
      if (messageOk) document.getElementById(`${base}-agree`)?.focus();
      return;
    }
    if (!messageOk) return;
    const result = await request({
      collectiveId: collective.id,
      acceptCharter: true,
      message: form.values.message.trim() || null,
    });
    const outcome = outcomeOf(result.data?.requestToJoinCollective, result.error, 'CollectiveMembershipSuccess');
    if (outcome.kind === 'done') {
      window.setTimeout(() => document.getElementById(`${base}-sent`)?.focus(), 0);
      return;
    }
    if (outcome.kind === 'invalid' && outcome.fields.acceptCharter) agreement.demand();
    setTrouble(
      troubleOf(
        outcome,
        outcome.kind === 'invalid'
          ? form.showServerErrors(outcome.fields).filter((m) => m !== outcome.fields.acceptCharter)
          : [],
      ),
    );
  }

  if (collective.status === 'ARCHIVED') return <p className="notice">{t('collectives.join.archived')}</p>;
  if (status === 'ACTIVE') return null;
  if (status === 'REQUESTED') {
    return (
      <p id={`${base}-sent`} className="notice notice-success" tabIndex={-1}>
        {t('collectives.join.requested')}
      </p>
    );
  }
  if (status === 'INVITED') {
    return (
      <p className="notice">
        {t('collectives.join.invited')}{' '}
        <Link href={COLLECTIVE_PATHS.mine}>{t('collectives.join.answerInvitation')}</Link>
      </p>
    );
  }

  return (
    <section aria-labelledby={`${base}-title`} className="join-panel">
      <Heading id={`${base}-title`} tabIndex={-1}>
        {t('collectives.join.title', { name: collective.name })}
      </Heading>
      <p>{t('collectives.join.intro')}</p>
      {showCharter && (
        <>
          <p className="eyebrow">{t('collectives.charter.toRead', { count: collective.charter?.length ?? 0 })}</p>
          <CharterList charter={collective.charter} />
        </>
      )}
      <form onSubmit={submit} noValidate>
        <CharterAgreement base={base} name={collective.name} agreement={agreement} />
        <TextArea
          field={form.field('message')}
          label={t('collectives.join.message')}
          hint={t('collectives.join.messageHint')}
          optional
          rows={3}
        />
        <TroubleAlert trouble={trouble} />
        <FormActions sending={fetching} submit={t('collectives.join.submit')} />
      </form>
    </section>
  );
}
