// A collective's region choices: "no region", the regions, and a stored region no longer in the
// list (so editing a collective never changes it unasked).
import { REGIONS } from '@ekoacteurs/ui';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

export function RegionOptions({ current }: { current?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('collectives.fields.noRegion')}</option>
      {REGIONS.map((region) => (
        <option key={region} value={region}>
          {region}
        </option>
      ))}
      {current && !(REGIONS as readonly string[]).includes(current) && <option value={current}>{current}</option>}
    </>
  );
}
