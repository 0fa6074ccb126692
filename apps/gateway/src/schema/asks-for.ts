// Whether a query selects a field directly on a field's result: a list that can read its total in the
// statement that finds its page (the directory, the workshops) asks this before counting.
import { Kind, type GraphQLResolveInfo } from 'graphql';

/** Whether the query selects `field` directly on this field's result (fragments: assumed so). */
export function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some(
      (selection) => selection.kind !== Kind.FIELD || selection.name.value === field,
    ),
  );
}
