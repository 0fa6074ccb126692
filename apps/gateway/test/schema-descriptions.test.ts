// The schema is the integrators' documentation: every type, field, argument and enum value says
// what it is.
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

it('describes every type, field, argument and enum value', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || BUILT_IN_SCALARS.has(type.name)) continue;
    const isRoot =
      type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
    // Result unions name their members; the generated Success wrappers are described by their field.
    if (!type.description && !isUnionType(type) && !isRoot) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description && !type.description) missing.push(`${type.name}.${value.name}`);
    }
    if (isScalarType(type) && !type.description) missing.push(type.name);
  }
  expect(missing).toEqual([]);
});
