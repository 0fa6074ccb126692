// A collective's own fields — name, purpose, region, description — and the API's rules for them, as
// a member creates it (CreateCollectiveForm) and as its coordinators edit it (AboutSection).
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { SelectField, TextArea, TextField } from '../shared/Fields.tsx';
import type { FormField } from '../shared/form.ts';
import { RegionOptions } from './RegionOptions.tsx';
import { RULES } from './rules.ts';

export const COLLECTIVE_FIELD_RULES = {
  name: RULES.name,
  purpose: RULES.purpose,
  region: RULES.region,
  description: RULES.description,
};

export function CollectiveFields({
  field,
  nameHint,
  currentRegion,
  descriptionRows,
}: {
  field: (name: keyof typeof COLLECTIVE_FIELD_RULES) => FormField;
  /** Under the name, when it is being chosen. */
  nameHint?: string;
  /** The stored region, kept as a choice when it is no longer in the list. */
  currentRegion?: string | null;
  descriptionRows: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField field={field('name')} label={t('collectives.fields.name')} hint={nameHint} counter />
      <TextArea
        field={field('purpose')}
        label={t('collectives.fields.purpose')}
        hint={t('collectives.fields.purposeHint')}
        rows={3}
      />
      <SelectField field={field('region')} label={t('collectives.fields.region')} optional>
        <RegionOptions current={currentRegion} />
      </SelectField>
      <TextArea
        field={field('description')}
        label={t('collectives.fields.description')}
        hint={t('collectives.fields.descriptionHint')}
        optional
        rows={descriptionRows}
      />
    </>
  );
}
