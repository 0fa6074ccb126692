// Recommend a member: to a client (by name) or for an open opportunity, with a note saying why.
import { RecommendableOpportunitiesDocument, RecommendationSendDocument } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { FormActions, TroubleAlert, useFocusSoon, type Trouble, RadioGroup } from '@ekoacteurs/ui';
import { outcomeOf, troubleOf } from '../shared/network-outcome.ts';
import { Field, useProblemText } from '../shared/StateField.tsx';
import { useFields } from '../shared/field-state.ts';
import { fieldErrorMap } from '../shared/form.ts';
import { NETWORK_RULES } from '@ekoacteurs/contract/input-rules';
import { SentNotice } from './SentNotice.tsx';

export function RecommendForm({ member }: { member: { id: string; displayName: string } }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [target, setTarget] = useState<'client' | 'opportunity'>('client');
  const [opportunityId, setOpportunityId] = useState('');
  const [opportunityTouched, setOpportunityTouched] = useState(false);
  const [{ data: opportunities, fetching: loadingOpportunities, error: opportunitiesError }] = useQuery({
    query: RecommendableOpportunitiesDocument,
    pause: target !== 'opportunity',
  });
  const [{ fetching }, send] = useMutation(RecommendationSendDocument);
  const form = useFields(
    'recommend',
    { clientName: '', note: '' },
    { clientName: target === 'client' ? NETWORK_RULES.clientName : undefined, note: NETWORK_RULES.recommendationNote },
  );
  const [done, setDone] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const problemText = useProblemText();
  const opportunityProblem = form.server.opportunityId
    ? { text: form.server.opportunityId }
    : target === 'opportunity' && opportunityTouched && !opportunityId
      ? { key: 'network.recommend.chooseOpportunity' as const }
      : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    setOpportunityTouched(true);
    const invalid = form.check();
    if (invalid) return focusSoon(invalid);
    if (target === 'opportunity' && !opportunityId) return focusSoon('recommend-opportunity');
    const result = await send({
      input: {
        memberId: member.id,
        note: form.values.note.trim(),
        ...(target === 'client' ? { clientName: form.values.clientName.trim() } : { opportunityId }),
      },
    });
    const outcome = outcomeOf(result.data?.recommendMember, 'RecommendationSuccess', fieldErrorMap);
    if (outcome.kind === 'done') {
      setDone(t('network.recommend.sent', { name: member.displayName }));
      return focusSoon('recommend-done');
    }
    if (outcome.kind === 'invalid') {
      form.setServer(outcome.fields);
      const first = ['clientName', 'opportunityId', 'note'].find((name) => outcome.fields[name]);
      if (first) return focusSoon(first === 'opportunityId' ? 'recommend-opportunity' : `recommend-${first}`);
    }
    setTrouble(troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []));
    focusSoon('recommend-trouble');
  }

  if (done) {
    return <SentNotice id="recommend-done" message={done} follow={t('network.recommend.follow')} />;
  }

  const opportunityText = problemText(opportunityProblem);
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="recommend-title">
      <h2 id="recommend-title">{t('network.recommend.title', { name: member.displayName })}</h2>
      <RadioGroup
        className="filters"
        name="recommend-target"
        legend={t('network.recommend.for')}
        values={['client', 'opportunity'] as const}
        value={target}
        onChange={setTarget}
        labelOf={(value) =>
          value === 'client' ? t('network.recommend.forClient') : t('network.recommend.forOpportunity')
        }
      />
      {target === 'client' ? (
        <Field
          field={form.field('clientName')}
          label={t('network.recommend.clientName')}
          hint={t('network.recommend.clientHint')}
        />
      ) : (
        <div className="field">
          <label htmlFor="recommend-opportunity">{t('network.recommend.opportunity')}</label>
          {loadingOpportunities && <p role="status">{t('common.loading')}</p>}
          {opportunitiesError && <p role="alert">{t('network.recommend.opportunitiesFailed')}</p>}
          <select
            id="recommend-opportunity"
            value={opportunityId}
            onChange={(event) => {
              setOpportunityId(event.target.value);
              setOpportunityTouched(true);
            }}
            onBlur={() => setOpportunityTouched(true)}
            aria-invalid={!!opportunityProblem}
            aria-required
            aria-describedby={opportunityText ? 'recommend-opportunity-error' : undefined}
          >
            <option value="">{t('network.recommend.chooseOpportunity')}</option>
            {opportunities?.opportunities?.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </select>
          {opportunities?.opportunities && opportunities.opportunities.edges.length === 0 && (
            <p className="hint muted">{t('network.recommend.noOpportunities')}</p>
          )}
          {opportunityText && (
            <p id="recommend-opportunity-error" className="field-error">
              {opportunityText}
            </p>
          )}
        </div>
      )}
      <Field
        field={form.field('note')}
        label={t('network.recommend.note')}
        hint={t('network.recommend.noteHint')}
        multiline
        counter
      />
      <TroubleAlert trouble={trouble} id="recommend-trouble" />
      <FormActions sending={fetching} submit={t('network.recommend.submit')} />
    </form>
  );
}
