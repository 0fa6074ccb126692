// Posting an opportunity: what it is, what is needed, where, by when, which skills, and — for
// coordinators — on behalf of one of their collectives. It opens on its own page once posted.
import {
  MyOpportunitiesDocument,
  OpportunityPostDocument,
  SkillsTaxonomyDocument,
  type OpportunityKind,
} from '@ekoacteurs/client';
import { REGIONS, TroubleAlert, FormActions, FormOpener, RadioGroup, SkillChecklist } from '@ekoacteurs/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { useLocation } from 'wouter';
import { parisLocalToIso } from '../shared/dates.ts';
import { SelectField, TextArea, TextField } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, troubleOf, type Trouble } from '../shared/outcome.ts';
import { opportunityPath } from './paths.ts';
import { deadlineRule, KINDS, RULES, SKILLS_MAX } from './rules.ts';

const DOMAINS = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'] as const;

export function PostOpportunityForm() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [{ fetching: sending }, post] = useMutation(OpportunityPostDocument);
  const [{ data: mine }] = useQuery({ query: MyOpportunitiesDocument, pause: !open });
  const [{ data: taxonomy, fetching: loadingSkills, error: skillsError }, reloadSkills] = useQuery({
    query: SkillsTaxonomyDocument,
    pause: !open,
  });
  const form = useForm(
    'post-opportunity',
    { title: '', description: '', region: '', deadline: '', collectiveId: '' },
    {
      title: RULES.title,
      description: RULES.description,
      region: RULES.region,
      deadline: deadlineRule,
    },
  );
  const [kind, setKind] = useState<OpportunityKind | null>(null);
  const [kindMissing, setKindMissing] = useState(false);
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [skillsProblem, setSkillsProblem] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const coordinated = (mine?.viewer?.collectives ?? []).filter(
    (m) => m.role === 'COORDINATOR' && m.status === 'ACTIVE' && m.collective.status === 'ACTIVE',
  );

  useEffect(() => {
    if (open) document.getElementById(`post-opportunity-kind-${KINDS[0]}`)?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    form.reset();
    setKind(null);
    setKindMissing(false);
    setSkillIds([]);
    setSkillsProblem(null);
    setTrouble(null);
    window.setTimeout(() => document.getElementById('post-opportunity-open')?.focus(), 0);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    const valid = form.validate();
    if (!kind) {
      setKindMissing(true);
      if (valid) document.getElementById(`post-opportunity-kind-${KINDS[0]}`)?.focus();
      return;
    }
    if (!valid) return;
    const { title, description, region, deadline, collectiveId } = form.values;
    const result = await post({
      input: {
        kind,
        title: title.trim(),
        description: description.trim(),
        region: region || null,
        deadline: deadline ? parisLocalToIso(deadline) : null,
        skillIds,
        collectiveId: collectiveId || null,
      },
    });
    const outcome = outcomeOf(result.data?.postOpportunity, result.error, 'OpportunitySuccess');
    if (outcome.kind === 'done') {
      navigate(opportunityPath(outcome.payload.opportunity.id), { state: { posted: true } });
      return;
    }
    if (outcome.kind === 'invalid') {
      if (outcome.fields.skillIds) setSkillsProblem(outcome.fields.skillIds);
      if (outcome.fields.kind) setKindMissing(true);
      const { skillIds: _skills, kind: _kind, ...others } = outcome.fields;
      setTrouble(troubleOf(outcome, form.showServerErrors(others)));
      return;
    }
    setTrouble(troubleOf(outcome));
  }

  function chooseSkills(ids: string[]) {
    setSkillsProblem(null);
    setSkillIds(ids);
  }

  if (!open) {
    return (
      <FormOpener id="post-opportunity-open" onOpen={() => setOpen(true)}>
        {t('opportunities.post.open')}
      </FormOpener>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="post-opportunity-heading">
      <h2 id="post-opportunity-heading">{t('opportunities.post.title')}</h2>
      <RadioGroup
        name="post-opportunity-kind"
        legend={t('opportunities.fields.kind')}
        values={KINDS}
        value={kind}
        onChange={(choice) => {
          setKind(choice);
          setKindMissing(false);
        }}
        labelOf={(choice) => t(`opportunities.kind.${choice}`)}
        hintOf={(choice) => t(`opportunities.kindHint.${choice}`)}
        error={kindMissing ? t('opportunities.post.kindMissing') : null}
        choiceClassName="checkbox block"
      />
      <TextField
        field={form.field('title')}
        label={t('opportunities.fields.title')}
        hint={t('opportunities.fields.titleHint')}
        counter
      />
      <TextArea
        field={form.field('description')}
        label={t('opportunities.fields.description')}
        hint={t('opportunities.fields.descriptionHint')}
        rows={6}
      />
      {coordinated.length > 0 && (
        <SelectField
          field={form.field('collectiveId')}
          label={t('opportunities.fields.postAs')}
          hint={t('opportunities.fields.postAsHint')}
        >
          <option value="">{t('opportunities.fields.myself')}</option>
          {coordinated.map((membership) => (
            <option key={membership.collective.id} value={membership.collective.id}>
              {membership.collective.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField field={form.field('region')} label={t('opportunities.fields.region')} optional>
        <option value="">{t('opportunities.anywhere')}</option>
        {REGIONS.map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
      </SelectField>
      <TextField
        field={form.field('deadline')}
        type="datetime-local"
        label={t('opportunities.fields.deadline')}
        hint={t('opportunities.fields.deadlineHint')}
        optional
      />
      <fieldset
        aria-describedby={`post-opportunity-skills-count${skillsProblem ? ' post-opportunity-skills-error' : ''}`}
      >
        <legend>
          {t('opportunities.fields.skills')} <span className="optional">{t('collectives.form.optional')}</span>
        </legend>
        <p id="post-opportunity-skills-count" className="hint muted">
          {t('opportunities.post.skillsCount', { count: skillIds.length, max: SKILLS_MAX })}
        </p>
        {loadingSkills && !taxonomy && <p className="muted">{t('common.loading')}</p>}
        {skillsError && !taxonomy && (
          <div className="notice notice-error">
            <p>{t('opportunities.post.skillsError')}</p>
            <button type="button" onClick={() => reloadSkills({ requestPolicy: 'network-only' })}>
              {t('collectives.retry')}
            </button>
          </div>
        )}
        {taxonomy && (
          <details className="skills-picker">
            <summary>{t('opportunities.post.chooseSkills')}</summary>
            <SkillChecklist
              skills={taxonomy.skills}
              domains={DOMAINS}
              domainLabel={(domain) => t(`domains.${domain}`)}
              selected={skillIds}
              max={SKILLS_MAX}
              onChange={chooseSkills}
            />
          </details>
        )}
        {skillsProblem && (
          <p id="post-opportunity-skills-error" className="field-error">
            {skillsProblem}
          </p>
        )}
      </fieldset>
      <TroubleAlert trouble={trouble} />
      <FormActions
        sending={sending}
        submit={t('opportunities.post.submit')}
        onCancel={close}
        cancel={t('collectives.cancel')}
      />
    </form>
  );
}
