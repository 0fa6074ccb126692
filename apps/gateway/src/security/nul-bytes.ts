// No text the API accepts may contain a NUL character (U+0000): PostgreSQL cannot store it in text
// and refuses the whole statement, which surfaced as an internal error (regions, search, audit
// filters, …). Refused here, once for every argument, before anything executes: in the variables
// (any depth, keys included) and in the document's string literals. BAD_USER_INPUT, status 400.
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const NUL = '\u0000';

// 400 whatever media type the client accepts (`spec: false`, as security/errors.ts explains).
const refusal = (where: string) =>
  new GraphQLError(
    `${where} contains a NUL character (\\u0000), which no field accepts. Remove it and send the request again.`,
    {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400, spec: false } },
    },
  );

/** The path of the first string holding a NUL inside a JSON value, or null. Iterative: deep JSON cannot overflow the stack. */
export function nulPath(value: unknown): string | null {
  const pending: Array<[unknown, string]> = [[value, '']];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [current, path] = item;
    if (typeof current === 'string') {
      if (current.includes(NUL)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((element, index) => pending.push([element, `${path}[${index}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, element] of Object.entries(current)) {
        if (key.includes(NUL)) return path;
        pending.push([element, `${path}.${key}`]);
      }
    }
  }
  return null;
}

/** What literalWithNul found, by document: Yoga reuses a parsed document for every request that sends it. */
const literalsChecked = new WeakMap<DocumentNode, boolean>();

function literalWithNul(document: DocumentNode): boolean {
  const known = literalsChecked.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  literalsChecked.set(document, found);
  return found;
}

export function nulBytePlugin(): Plugin {
  return {
    onParams({ params, setResult }) {
      const path = params.variables ? nulPath(params.variables) : null;
      if (path !== null) setResult({ errors: [refusal(`The variable $${path.replace(/^\./, '')}`)] });
      else if (typeof params.operationName === 'string' && params.operationName.includes(NUL))
        setResult({ errors: [refusal('The operation name')] });
    },
    onValidate({ params, setResult }) {
      if (literalWithNul(params.documentAST)) setResult([refusal('A string in the document')]);
    },
  };
}
