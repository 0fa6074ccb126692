// The top of a workshop's card, on the agenda and in "Mes ateliers": its picture, kind and format,
// its title linking to its page, when (in its own time zone) and where.
import type { WorkshopFormat, WorkshopKind } from '@ekoacteurs/client';
// In the first load (the home's agenda): the kit's module alone, not the whole kit.
import { Illustration } from '@ekoacteurs/ui/Illustration.tsx';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { Link } from 'wouter';
import { formatDateRange } from '../format.ts';
import { workshopPath } from './paths.ts';

export function WorkshopSummary({
  workshop,
  titleId,
  heading: Heading,
}: {
  workshop: {
    slug: string;
    title: string;
    kind: WorkshopKind;
    format: WorkshopFormat;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    place?: string | null;
  };
  /** The title's id, which names the card. */
  titleId: string;
  /** The title's level on its screen. */
  heading: 'h2' | 'h3';
}) {
  const { t, language } = useTranslation();
  return (
    <>
      <Illustration slug={workshop.slug} />
      <p className="eyebrow">
        {t(`workshops.kind.${workshop.kind}`)} · {t(`workshops.format.${workshop.format}`)}
      </p>
      <Heading id={titleId}>
        <Link href={workshopPath(workshop.slug)}>{workshop.title}</Link>
      </Heading>
      <p>
        <time dateTime={workshop.startsAt}>
          {formatDateRange(workshop.startsAt, workshop.endsAt, workshop.timeZone, language)}
        </time>
      </p>
      {workshop.place && <p className="muted">{workshop.place}</p>}
    </>
  );
}
