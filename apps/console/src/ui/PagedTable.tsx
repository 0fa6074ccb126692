// A paged list shown as a table: a skeleton while the first page loads, the failure with its retry,
// then the sortable table and the pager under it.
import { DataTable, type DataTableProps } from './DataTable.tsx';
import { Pager } from './Pager.tsx';
import { Failure, Loading } from './States.tsx';
import type { PagedList } from './usePagedQuery.ts';

export function PagedTable<Row>({
  list,
  what,
  loadingLabel,
  rows,
  ...table
}: Omit<DataTableProps<Row>, 'rows'> & {
  list: PagedList<Row>;
  /** What failed to load, said before why. */
  what: string;
  loadingLabel?: string;
  /** The rows shown, when the page's own are filtered (those the cache knows left the list). */
  rows?: readonly Row[];
}) {
  return (
    <>
      {list.fetching && !list.connection && <Loading label={loadingLabel} />}
      {list.error && !list.connection && <Failure error={list.error} what={what} retry={list.reload} />}
      {list.connection && (
        <>
          <DataTable rows={rows ?? list.nodes} {...table} />
          <Pager {...list.pager} />
        </>
      )}
    </>
  );
}
