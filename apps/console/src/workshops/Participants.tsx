// A workshop's participants: confirmed seats then the waitlist in order, attendance to mark once
// it has started, and the whole list exported as a CSV file.
import {
  MarkAttendanceDocument,
  WorkshopParticipantsDocument,
  type AdminWorkshopDetailFragment,
  type RegistrationStatus,
  type WorkshopParticipantsQuery,
} from '@ekoacteurs/client';
import type { OperationResult } from '@urql/core';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useClient, useMutation } from 'urql';
import { formatDateTime } from '../format.ts';
import { useAnnouncer } from '@ekoacteurs/ui';
import { useNow } from '../ui/useNow.ts';

import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { SelectFilter } from '@ekoacteurs/ui';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty } from '../ui/States.tsx';
import { csvFileName, downloadCsv, participantsCsv, type ParticipantRow } from './csv.ts';

const PAGE_SIZE = 50;
/** The API's largest page: an export reads the list in as few requests as possible. */
const EXPORT_PAGE = 100;
const FILTERS: (RegistrationStatus | 'CURRENT')[] = ['CURRENT', 'CONFIRMED', 'WAITLISTED', 'CANCELLED'];

export function Participants({ workshop }: { workshop: AdminWorkshopDetailFragment }) {
  const { t, language } = useTranslation();
  const client = useClient();
  const announce = useAnnouncer();
  const [filter, setFilter] = useState<RegistrationStatus | 'CURRENT'>('CURRENT');
  const status = filter === 'CURRENT' ? null : filter;
  const list = usePagedQuery({
    query: WorkshopParticipantsDocument,
    variables: { slug: workshop.slug, status },
    size: PAGE_SIZE,
    select: (data) => data.workshop?.participants,
  });
  const [{ fetching: saving }, markAttendance] = useMutation(MarkAttendanceDocument);
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const [exporting, setExporting] = useState(false);
  const now = useNow();
  const started = new Date(workshop.startsAt).getTime() <= now && workshop.status !== 'CANCELLED';
  const changed = Object.keys(marks).length;

  async function exportCsv() {
    setExporting(true);
    try {
      const rows: ParticipantRow[] = [];
      let after: string | null = null;
      do {
        const result: OperationResult<WorkshopParticipantsQuery> = await client
          .query(
            WorkshopParticipantsDocument,
            { slug: workshop.slug, first: EXPORT_PAGE, after, status },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        const batch = result.data?.workshop?.participants;
        if (!batch) throw result.error ?? new Error('no participants');
        rows.push(...batch.edges.map((edge) => edge.node));
        after = batch.pageInfo.hasNextPage ? batch.pageInfo.endCursor : null;
      } while (after);
      downloadCsv(
        csvFileName(workshop.slug, workshop.startsAt, workshop.timeZone),
        participantsCsv(rows, workshop.timeZone),
      );
      announce.success(t('participants.exported', { count: rows.length }));
    } catch {
      announce.error(t('participants.exportFailed'));
    } finally {
      setExporting(false);
    }
  }

  async function saveAttendance() {
    const attendance = Object.entries(marks).map(([memberId, attended]) => ({ memberId, attended }));
    const outcome = outcomeOf(
      await markAttendance({ workshopId: workshop.id, attendance }),
      'markAttendance',
      'MarkAttendanceSuccess',
      t,
    );
    if (!outcome.ok) return announce.error(describeFailure(outcome));
    setMarks({});
    announce.success(t('participants.attendanceSaved', { count: attendance.length }));
    list.reload();
  }

  return (
    <section aria-labelledby="participants-title" aria-busy={list.fetching}>
      <h2 id="participants-title">{t('participants.title')}</h2>
      <div className="filters">
        <SelectFilter
          id="participants-status"
          label={t('participants.show')}
          value={filter}
          values={FILTERS}
          labelOf={(value) => t(`participants.filters.${value}`)}
          onChange={setFilter}
        />
        <button
          type="button"
          className="secondary"
          onClick={exportCsv}
          disabled={exporting || !list.connection || list.connection.totalCount === 0}
        >
          {exporting ? t('participants.exporting') : t('participants.export')}
        </button>
      </div>
      <p className="muted small">{t('participants.exportHint')}</p>
      <PagedTable
        list={list}
        what={t('participants.error')}
        loadingLabel={t('participants.loading')}
        caption={t('participants.caption', { count: list.total })}
        rowKey={(r) => r.id}
        empty={<Empty>{t('participants.empty')}</Empty>}
        columns={[
          {
            key: 'name',
            header: t('participants.name'),
            rowHeader: true,
            sortValue: (r) => r.member.displayName,
            render: (r) => r.member.displayName,
          },
          {
            key: 'email',
            header: t('members.email'),
            sortValue: (r) => r.member.email,
            render: (r) => r.member.email,
          },
          {
            key: 'status',
            header: t('participants.status'),
            sortValue: (r) => r.status,
            render: (r) => t(`status.registration.${r.status}`),
          },
          {
            key: 'position',
            header: t('participants.position'),
            className: 'number',
            sortValue: (r) => r.waitlistPosition,
            render: (r) => r.waitlistPosition ?? '—',
          },
          {
            key: 'attended',
            header: t('participants.attended'),
            render: (r) =>
              started && r.status === 'CONFIRMED' ? (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={marks[r.member.id] ?? r.attended === true}
                    onChange={(e) => setMarks((all) => ({ ...all, [r.member.id]: e.target.checked }))}
                  />{' '}
                  {t('attendance.present')}
                  <span className="visually-hidden"> — {r.member.displayName}</span>
                </label>
              ) : r.attended === null ? (
                '—'
              ) : (
                t(r.attended ? 'attendance.present' : 'attendance.absent')
              ),
          },
          {
            key: 'registered',
            header: t('participants.registeredAt'),
            sortValue: (r) => r.registeredAt,
            render: (r) => formatDateTime(r.registeredAt, language, workshop.timeZone),
          },
        ]}
      />
      {started && (
        <div className="actions">
          <button type="button" onClick={saveAttendance} disabled={saving || changed === 0}>
            {saving ? t('common.working') : t('participants.saveAttendance', { count: changed })}
          </button>
        </div>
      )}
      {!started && workshop.status === 'PUBLISHED' && <p className="muted">{t('participants.attendanceLater')}</p>}
    </section>
  );
}
