// Turns the built schema into an Apollo Federation v2 subgraph: `Query._service { sdl }` and
// `Query._entities`, as `@pothos/plugin-federation`'s toSubGraphSchema would — but printing the SDL
// with graphql-tools, because @apollo/subgraph 2.14 cannot print a schema that uses `@oneOf`
// (apollographql/federation#3437; PageSectionInput is one). The Guild's composition reads it fine.
import { entitiesField, EntityType, serviceField } from '@apollo/subgraph/dist/types.js';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';
import { hasResolvableKey } from '@pothos/plugin-federation';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isObjectType,
  lexicographicSortSchema,
} from 'graphql';

/** The federation version this subgraph speaks, and the directives it imports from it. */
export const FEDERATION_LINK = {
  name: 'link',
  args: { url: 'https://specs.apollo.dev/federation/v2.6', import: ['@key'] },
};

export function toSubgraph(schema: GraphQLSchema): GraphQLSchema {
  const sdl = printSchemaWithDirectives(withRecordDirectives(schema));
  const entityTypes = Object.values(schema.getTypeMap()).filter(
    (type) => isObjectType(type) && hasResolvableKey(type),
  ) as GraphQLObjectType[];
  const query = schema.getQueryType()!.toConfig();
  const withFederation = new GraphQLObjectType({
    ...query,
    fields: {
      ...query.fields,
      _entities: {
        ...entitiesField,
        type: new GraphQLNonNull(
          new GraphQLList(new GraphQLUnionType({ ...EntityType.toConfig(), types: entityTypes })),
        ),
      },
      _service: { ...serviceField, resolve: () => ({ sdl }) },
    },
  });
  const config = schema.toConfig();
  return lexicographicSortSchema(
    new GraphQLSchema({
      ...config,
      query: withFederation,
      types: [...config.types.filter((type) => type.name !== withFederation.name), withFederation],
    }),
  );
}

type Directive = { name: string; args?: Record<string, unknown> };
type DirectiveRecord = Record<string, Record<string, unknown>[]>;

/** Pothos keeps directives as a list of { name, args }; graphql-tools prints them from a record by name. */
function toRecord(directives: unknown): DirectiveRecord | undefined {
  if (!Array.isArray(directives)) return directives as DirectiveRecord | undefined;
  const record: DirectiveRecord = {};
  for (const { name, args } of directives as Directive[]) (record[name] ??= []).push(args ?? {});
  return record;
}

function withRecordDirectives(schema: GraphQLSchema): GraphQLSchema {
  const mapped = mapSchema(schema, {
    [MapperKind.OBJECT_TYPE]: (type) => {
      const config = type.toConfig();
      return new GraphQLObjectType({
        ...config,
        extensions: { ...config.extensions, directives: toRecord(config.extensions.directives) },
      });
    },
  });
  return new GraphQLSchema({
    ...mapped.toConfig(),
    extensions: { ...mapped.extensions, directives: toRecord(schema.extensions.directives) },
  });
}
