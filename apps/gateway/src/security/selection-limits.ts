// Caps on how many fields a document selects, checked after parsing and *before* validation.
// graphql-js's "overlapping fields can be merged" rule compares fields pairwise: a 10 KB document
// repeating one field 450 times kept a core busy for seconds while validation ran (and stalled
// every other request, /healthz included). Counting selections is linear in the document's size,
// so a document over either cap is refused in microseconds and validation never sees it:
//   - fields in one selection set (the pairs compared grow with its square),
//   - fields in the whole document, fragments included (each written once, not per spread).
// The apps' largest persisted document selects 22 fields in one set and 74 in all.
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { securityError } from './errors.ts';

export interface SelectionLimits {
  /** Fields (and fragment spreads) in one selection set. */
  maxSelectionsPerSet: number;
  /** Fields in the whole document. */
  maxSelections: number;
}

export interface SelectionCount {
  /** Most selections found in one selection set. */
  widestSet: number;
  /** Fields in the document. */
  fields: number;
}

/** Counts without recursion (a deep document cannot overflow the stack here). */
export function countSelections(document: DocumentNode): SelectionCount {
  let widestSet = 0;
  let fields = 0;
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
      pending.push(definition.selectionSet);
  }
  for (let set = pending.pop(); set; set = pending.pop()) {
    widestSet = Math.max(widestSet, set.selections.length);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return { widestSet, fields };
}

export function selectionLimitPlugin(limits: SelectionLimits): Plugin {
  return {
    onValidate({ params, setResult }) {
      const { widestSet, fields } = countSelections(params.documentAST);
      if (widestSet > limits.maxSelectionsPerSet) {
        setResult([
          securityError(
            'TOO_MANY_SELECTIONS',
            `One selection set of the document selects ${widestSet} fields; the limit is ${limits.maxSelectionsPerSet}. Select each field once, or split the operation.`,
            { limit: limits.maxSelectionsPerSet, found: widestSet },
          ),
        ]);
      } else if (fields > limits.maxSelections) {
        setResult([
          securityError(
            'TOO_MANY_SELECTIONS',
            `The document selects ${fields} fields; the limit is ${limits.maxSelections}. Split it into smaller operations.`,
            { limit: limits.maxSelections, found: fields },
          ),
        ]);
      }
    },
  };
}
