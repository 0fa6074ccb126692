// Every refusal the apps can receive says why: for each mutation the apps send, every error its
// payload can be selects its code and message, and a ValidationError which fields are wrong
// (path and message), so a form can show the reason beside the field instead of a blank failure.
// The documents get this from one fragment (documents/shared/failure.graphql); this reads the
// persisted documents the apps really send, fragments expanded.
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  parse,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { readSchemaSdl } from '@ekoacteurs/contract/schema-file';
import persisted from '../src/generated/persisted-documents.json' with { type: 'json' };

const schema = buildSchema(readSchemaSdl());
const errorInterface = schema.getType('Error');

/** The fields a selection asks of an object of type `type` (spreads and inline fragments applied). */
function fieldsFor(
  selectionSet: SelectionSetNode,
  type: GraphQLObjectType,
  fragments: Map<string, FragmentDefinitionNode>,
): Map<string, SelectionSetNode | undefined> {
  const fields = new Map<string, SelectionSetNode | undefined>();
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const named = schema.getType(condition);
    return !!named && isAbstractType(named) && schema.isSubType(named, type);
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.set(selection.name.value, selection.selectionSet);
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? fragments.get(selection.name.value)
          : undefined;
    if (inner && applies(inner.typeCondition?.name.value))
      for (const [name, set] of fieldsFor(inner.selectionSet, type, fragments)) fields.set(name, set);
  }
  return fields;
}

const mutations = Object.values(persisted as Record<string, string>)
  .map((text) => parse(text))
  .flatMap((document) => {
    const fragments = new Map(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment] as const),
    );
    return document.definitions
      .filter(
        (definition: DefinitionNode): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
      )
      .map((operation) => ({ name: operation.name!.value, operation, fragments }));
  });

it('reads the mutations the apps send', () => {
  expect(mutations.length).toBeGreaterThan(50);
});

describe.each(mutations)('$name', ({ operation, fragments }) => {
  it('selects every error’s code and message, and a ValidationError’s field errors', () => {
    const missing: string[] = [];
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !selection.selectionSet) continue;
      const payload = getNamedType(schema.getMutationType()!.getFields()[selection.name.value]!.type);
      const members = isAbstractType(payload)
        ? schema.getPossibleTypes(payload)
        : isObjectType(payload)
          ? [payload]
          : [];
      for (const member of members) {
        if (!errorInterface || !isAbstractType(errorInterface) || !schema.isSubType(errorInterface, member)) continue;
        const fields = fieldsFor(selection.selectionSet, member, fragments);
        for (const field of ['code', 'message']) if (!fields.has(field)) missing.push(`${member.name}.${field}`);
        if (member.name !== 'ValidationError') continue;
        const fieldErrors = fields.get('fieldErrors');
        const item = getNamedType(member.getFields().fieldErrors!.type) as GraphQLObjectType;
        const asked = fieldErrors ? fieldsFor(fieldErrors, item, fragments) : new Map();
        for (const field of ['path', 'message'])
          if (!asked.has(field)) missing.push(`ValidationError.fieldErrors.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
