// The signed-in member (or null), from the normalised cache after the first load.
import { ViewerDocument } from '@ekoacteurs/client';
import { useQuery } from 'urql';

export function useViewer() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ViewerDocument });
  const viewer = data?.viewer ?? null;
  return {
    viewer,
    isAdmin: viewer?.role === 'ADMIN' && viewer.status === 'ACTIVE',
    fetching: fetching && !data,
    error,
    refetch,
  };
}
