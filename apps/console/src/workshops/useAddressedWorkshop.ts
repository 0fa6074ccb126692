// The workshop the address names (/ateliers/:slug…), from the cache then the network: its page
// and its editor read the same query.
import { AdminWorkshopDocument } from '@ekoacteurs/client';
import { useQuery } from 'urql';
import { useParams } from 'wouter';

export function useAddressedWorkshop() {
  const { slug = '' } = useParams<{ slug: string }>();
  return useQuery({ query: AdminWorkshopDocument, variables: { slug }, requestPolicy: 'cache-and-network' });
}
