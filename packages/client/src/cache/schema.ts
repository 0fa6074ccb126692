// The schema Graphcache is given: the compact lines of generated/cache-schema.ts (see
// scripts/cache-schema.mjs) expanded into the introspection result its `schema` option takes.
// Only what Graphcache reads is there: object, interface and union types, fields' nullability and
// list shape, interfaces and union members. Leaf types are named but all reported as SCALAR
// (Graphcache never looks at them); fields carry no arguments.
import type { IntrospectionOutputTypeRef, IntrospectionQuery, IntrospectionType } from 'graphql';
import { ROOTS, TYPES } from '../generated/cache-schema.ts';

const KINDS = { O: 'OBJECT', I: 'INTERFACE', U: 'UNION' } as const;

/** Parses `[Skill!]!` into a type reference. */
function typeRef(text: string, kindOf: Map<string, string>): IntrospectionOutputTypeRef {
  if (text.endsWith('!')) return { kind: 'NON_NULL', ofType: typeRef(text.slice(0, -1), kindOf) as never };
  if (text.startsWith('[')) return { kind: 'LIST', ofType: typeRef(text.slice(1, -1), kindOf) };
  return { kind: (kindOf.get(text) ?? 'SCALAR') as 'OBJECT', name: text };
}

export function cacheSchema(): IntrospectionQuery {
  const lines = TYPES.split('\n').map((line) => {
    const [head = '', second = '', third = ''] = line.split(';');
    return { kind: KINDS[head[0] as keyof typeof KINDS], name: head.slice(2), second, third };
  });
  const kindOf = new Map(lines.map((line) => [line.name, line.kind as string]));
  const named = (kind: string) => (name: string) => ({ kind, name }) as never;
  const types = lines.map(({ kind, name, second, third }): IntrospectionType => {
    if (kind === 'UNION') return { kind, name, possibleTypes: second.split(',').map(named('OBJECT')) };
    const fields = (third ? third.split(' ') : []).map((field) => {
      const colon = field.indexOf(':');
      return {
        name: field.slice(0, colon),
        type: typeRef(field.slice(colon + 1), kindOf),
        args: [],
        isDeprecated: false,
        deprecationReason: null,
      };
    });
    const interfaces = (second ? second.split(',') : []).map(named('INTERFACE'));
    return { kind, name, fields, interfaces } as IntrospectionType;
  });
  const root = (name: string) => (name ? { kind: 'OBJECT' as const, name } : null);
  return {
    __schema: {
      queryType: root(ROOTS[0])!,
      mutationType: root(ROOTS[1]),
      subscriptionType: root(ROOTS[2]),
      types,
      directives: [],
    },
  };
}
