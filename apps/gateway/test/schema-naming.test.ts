// The public API's naming rules (docs/api.md, "Conventions"), checked on the whole schema so that a
// new mutation, connection or error cannot break them unnoticed:
//   - a mutation `fooBar` returns `FooBarPayload!`, a union of one success type (the node itself, or
//     an object named `…Success`) and error types implementing `Error`;
//   - a field `field` of type `Type` returning a connection returns `TypeFieldConnection`, whose
//     edges are `TypeFieldEdge`;
//   - every `code` of an error is an `ErrorCode`;
//   - mutation arguments: structured data (input objects, lists of them) only in one `input:`
//     argument of an `…Input!` type; IDs named `id`/`ids` or `<noun>Id`/`<noun>Ids`;
//   - lookups: a root field taking one ID key names it `id`; the named keys (`handle`, `slug`) are
//     only those documented;
//   - root Query fields that can be refused (an authorization scope) are nullable, so a refusal
//     leaves the other fields answered.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

const capitalize = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;
const implementsError = (type: GraphQLNamedType) =>
  isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Error');
const implementsNode = (type: GraphQLNamedType) =>
  isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
const mutations = Object.values(schema.getMutationType()!.getFields());
const queries = Object.values(schema.getQueryType()!.getFields());

describe('mutations', () => {
  it('each returns <Mutation>Payload!, a union of one success type (a Node or …Success) and Error types', () => {
    const wrong: string[] = [];
    for (const field of mutations) {
      const expected = `${capitalize(field.name)}Payload`;
      const type = getNamedType(field.type);
      if (!isNonNullType(field.type) || type.name !== expected || !isUnionType(type)) {
        wrong.push(`${field.name}: returns ${String(field.type)}, not ${expected}! (a union)`);
        continue;
      }
      const successes = type.getTypes().filter((member) => !implementsError(member));
      if (successes.length !== 1)
        wrong.push(`${field.name}: ${successes.length} success types (${successes.map((s) => s.name).join(', ')})`);
      for (const success of successes) {
        if (!implementsNode(success) && !success.name.endsWith('Success'))
          wrong.push(`${field.name}: success type ${success.name} is neither a Node nor …Success`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('take structured data only in one `input: …Input!` argument, and name ID arguments id, ids, <noun>Id or <noun>Ids', () => {
    const wrong: string[] = [];
    for (const field of mutations) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (isInputObjectType(named)) {
          if (arg.name !== 'input') wrong.push(`${field.name}(${arg.name}): input objects go in \`input\``);
          else if (!isNonNullType(arg.type) || isListType(getNullableType(arg.type)) || !named.name.endsWith('Input')) {
            wrong.push(`${field.name}(input): must be a non-null …Input, not ${String(arg.type)}`);
          }
        } else if (arg.name === 'input') {
          wrong.push(`${field.name}(input): must be an input object`);
        }
        if (named.name === 'ID' && !/^(id|ids|[a-z][A-Za-z]*(Id|Ids))$/.test(arg.name))
          wrong.push(`${field.name}(${arg.name}): an ID argument is named id, ids, <noun>Id or <noun>Ids`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('are the only success types named …Success, and no type is named …Result', () => {
    const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
    const successes = new Set(
      mutations
        .flatMap((field) =>
          isUnionType(getNamedType(field.type))
            ? (getNamedType(field.type) as unknown as { getTypes(): GraphQLNamedType[] }).getTypes()
            : [],
        )
        .map((t) => t.name),
    );
    expect(
      types.filter((type) => type.name.endsWith('Success') && !successes.has(type.name)).map((t) => t.name),
    ).toEqual([]);
    expect(types.filter((type) => type.name.endsWith('Result')).map((t) => t.name)).toEqual([]);
  });
});

describe('connections', () => {
  it('a field `field` of `Type` returns `TypeFieldConnection`, with `TypeFieldEdge` edges', () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const target = getNamedType(field.type);
        if (!isObjectType(target) || !('edges' in target.getFields() && 'pageInfo' in target.getFields())) continue;
        seen.add(target.name);
        const base = `${type.name}${capitalize(field.name)}`;
        if (target.name !== `${base}Connection`)
          wrong.push(`${type.name}.${field.name}: ${target.name}, not ${base}Connection`);
        const edge = getNamedType(target.getFields().edges!.type);
        if (edge.name !== `${base}Edge`) wrong.push(`${target.name}.edges: ${edge.name}, not ${base}Edge`);
      }
    }
    expect(wrong).toEqual([]);
    const strays = Object.keys(schema.getTypeMap()).filter(
      (name) => (name.endsWith('Connection') && !seen.has(name)) || name.endsWith('ConnectionEdge'),
    );
    expect(strays).toEqual([]);
  });
});

describe('errors', () => {
  it('every `code` of the Error interface and its types is an ErrorCode!', () => {
    const wrong: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type.name === 'Error' || implementsError(type))) continue;
      const code = (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields().code;
      if (!code || String(code.type) !== 'ErrorCode!')
        wrong.push(`${type.name}.code: ${code ? String(code.type) : 'missing'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('ErrorCode lists every code docs/errors.md documents, and docs/errors.md every ErrorCode', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([A-Z][A-Z_]+)` +\|/gm)].map((match) => match[1]!));
    const values = new Set(
      (schema.getType('ErrorCode') as unknown as { getValues(): { name: string }[] })
        .getValues()
        .map((value) => value.name),
    );
    expect([...documented].filter((code) => !values.has(code))).toEqual([]);
    expect([...values].filter((code) => !documented.has(code))).toEqual([]);
  });
});

describe('root Query fields', () => {
  // The lookups by a named key, each documented in docs/api.md ("Conventions"): the keys of public addresses.
  const NAMED_KEYS = ['member(handle)', 'collective(slug)', 'workshop(slug)', 'visibilityPage(slug)'];

  it('look objects up by `id:`, or by a documented named key', () => {
    const wrong: string[] = [];
    for (const field of queries) {
      const required = field.args.filter((arg) => isNonNullType(arg.type));
      if (required.length !== 1 || field.name.startsWith('_') || field.name === 'nodes') continue;
      const [key] = required;
      if (getNamedType(key!.type).name === 'ID') {
        if (key!.name !== 'id') wrong.push(`${field.name}(${key!.name}): a node lookup takes \`id\``);
      } else if (!NAMED_KEYS.includes(`${field.name}(${key!.name})`)) {
        wrong.push(`${field.name}(${key!.name}): not a documented named key`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('that an authorization scope can refuse are nullable (a refusal leaves the other fields answered)', () => {
    const refusable = queries.filter(
      (field) => (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes,
    );
    expect(refusable.length).toBeGreaterThan(10);
    expect(refusable.filter((field) => isNonNullType(field.type)).map((field) => field.name)).toEqual([]);
  });
});
