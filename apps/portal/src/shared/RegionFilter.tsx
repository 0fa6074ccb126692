// The region filter of the portal's lists of cards (collectives to join, the opportunity board): the
// regions by name in a FiltersBar field, "all regions" (the value "") first.
import { REGIONS, SelectFilter } from '@ekoacteurs/ui';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

export function RegionFilter({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (region: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectFilter
      className="field"
      id={id}
      label={t('common.region')}
      value={value}
      anyLabel={t('common.allRegions')}
      values={REGIONS}
      labelOf={(region) => region}
      onChange={onChange}
    />
  );
}
