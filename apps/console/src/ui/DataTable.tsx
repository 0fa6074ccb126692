// A table with a caption and sortable columns. The API's lists come in a fixed order, one page at
// a time: sorting reorders the page on screen (the caption says so), it never loads other rows.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { localeOf } from '@ekoacteurs/ui';
import { formatDate, formatNumber } from '../format.ts';

/**
 * A column shows what `render` gives, or one of the kinds many tables share, made one way: a date
 * (in the console's language and the federation's time zone, sorted by the date), a count
 * (right-aligned, sorted as a number), a place (the city, then the region; sorted by region).
 */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  /** Row headers name the row for screen readers (usually the first column). */
  rowHeader?: boolean;
} & (
  | {
      render: (row: Row) => ReactNode;
      /** Makes the column sortable. */
      sortValue?: (row: Row) => string | number | null | undefined;
      className?: string;
    }
  | {
      date: (row: Row) => string | null | undefined;
      /** What shows when the row has no date. */
      missing?: string;
    }
  | { count: (row: Row) => number }
  | { place: (row: Row) => { city?: string | null; region?: string | null } }
);

type Shown<Row> = Extract<Column<Row>, { render: unknown }>;

function shown<Row>(column: Column<Row>, language: string): Shown<Row> {
  const { key, header, rowHeader } = column;
  if ('date' in column) {
    const { date, missing = '' } = column;
    return { key, header, rowHeader, sortValue: date, render: (row) => formatDate(date(row), language) || missing };
  }
  if ('count' in column) {
    const { count } = column;
    return {
      key,
      header,
      rowHeader,
      className: 'number',
      sortValue: count,
      render: (row) => formatNumber(count(row), language),
    };
  }
  if ('place' in column) {
    const { place } = column;
    return {
      key,
      header,
      rowHeader,
      sortValue: (row) => place(row).region,
      render: (row) => [place(row).city, place(row).region].filter(Boolean).join(', '),
    };
  }
  return column;
}

interface Sort {
  key: string;
  direction: 'ascending' | 'descending';
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  rows: readonly Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
}

export function DataTable<Row>({ caption, rows, columns: given, rowKey, empty }: DataTableProps<Row>) {
  const { t, language } = useTranslation();
  const columns = useMemo(() => given.map((column) => shown(column, language)), [given, language]);
  const [sort, setSort] = useState<Sort | null>(null);
  const collator = useMemo(
    () => new Intl.Collator(localeOf(language), { numeric: true, sensitivity: 'base' }),
    [language],
  );

  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      // Missing values go last whatever the direction.
      if (x === null || x === undefined || x === '') return y === null || y === undefined || y === '' ? 0 : 1;
      if (y === null || y === undefined || y === '') return -1;
      return factor * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
    });
  }, [rows, columns, sort, collator]);

  if (rows.length === 0 && empty) return <>{empty}</>;

  const toggle = (key: string) =>
    setSort((current) =>
      current?.key === key && current.direction === 'ascending'
        ? { key, direction: 'descending' }
        : { key, direction: 'ascending' },
    );

  return (
    <div className="table-wrap">
      <table>
        <caption>
          {caption}
          {columns.some((c) => c.sortValue) && <span className="visually-hidden"> {t('table.sortHint')}</span>}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort?.key === column.key ? sort.direction : undefined}
                className={column.className}
              >
                {column.sortValue ? (
                  <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                    {column.header}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={column.className} data-label={labelOf(column.header)}>
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.className} data-label={labelOf(column.header)}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A column's header as plain text, shown before each cell when a narrow screen lays rows out as cards. */
function labelOf(header: ReactNode): string | undefined {
  return typeof header === 'string' && header ? header : undefined;
}
