// The federation's graph as an Apollo Federation v2 subgraph: Member, Collective, Workshop and
// Skill are entities other subgraphs can extend (`@key` on the global id and on the handle or slug).
// `_entities` loads each type's references with one SQL statement per request, and lets through
// only what the same caller could read by `node(id:)`: the type's own authorization rule decides.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { requestError } from '../../errors.ts';
import type { Context } from '../../context.ts';
import { builder } from '../builder.ts';
import { CollectiveType } from '../collectives/collective.ts';
import { MemberType } from '../network/member.ts';
import { visible } from '../node.ts';
import { SkillType } from '../network/skill.ts';
import { WorkshopType } from '../workshops/workshop.ts';
import { isUuid } from '../validate.ts';

/** A supergraph asks for at most this many entities in one request (as `nodes(ids:)`). */
export const MAX_REPRESENTATIONS = 100;

type EntityName = 'Member' | 'Collective' | 'Workshop' | 'Skill';
/** A reference as the router sends it: the global id, or the type's readable key. */
type Reference = { id?: unknown; handle?: unknown; slug?: unknown };
type Row = { id: string; handle?: string; slug?: string };

const readableKey: Record<EntityName, 'handle' | 'slug'> = {
  Member: 'handle',
  Collective: 'slug',
  Workshop: 'slug',
  Skill: 'slug',
};

/** The database id behind a reference's global id, or null when it is not one of this type. */
function uuidOf(typeName: EntityName, reference: Reference): string | null {
  if (typeof reference.id !== 'string') return null;
  try {
    const { typename, id } = decodeGlobalID(reference.id);
    return typename === typeName && isUuid(id) ? id : null;
  } catch {
    return null;
  }
}

function keyOf(typeName: EntityName, reference: Reference): string | null {
  const value = reference[readableKey[typeName]];
  return typeof value === 'string' && value.length <= 200 ? value.trim().toLowerCase() : null;
}

/** One statement for every reference of a type that the router sent in the same `_entities` call. */
async function loadAll(
  typeName: EntityName,
  references: Reference[],
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<Row[]> {
  const ids = references.map((reference) => uuidOf(typeName, reference)).filter((id): id is string => id !== null);
  const keys = references.map((reference) => keyOf(typeName, reference)).filter((key): key is string => key !== null);
  if (!ids.length && !keys.length) return [];
  const query = queryFromInfo({ context: ctx, info, typeName }) as { select?: Record<string, unknown> };
  // In select mode, the keys matched below must be read whatever the router asked for.
  if (query.select) query.select = { ...query.select, id: true, [readableKey[typeName]]: true };
  const where = { OR: [{ id: { in: ids } }, { [readableKey[typeName]]: { in: keys } }] };
  // The selection always carries what matching and the authorization rules read.
  const args = { ...query, where } as never;
  switch (typeName) {
    case 'Member':
      return ctx.prisma.member.findMany(args);
    case 'Collective':
      return ctx.prisma.collective.findMany(args);
    case 'Workshop':
      return ctx.prisma.workshop.findMany(args);
    case 'Skill':
      return ctx.prisma.skill.findMany(args);
  }
}

const pending = new WeakMap<Context, Map<EntityName, { references: Reference[]; rows: Promise<Row[]> }>>();

/** Resolves one reference; references asked in the same tick share one statement. */
function resolveReference(typeName: EntityName) {
  return async (reference: Reference, ctx: Context, info: GraphQLResolveInfo): Promise<Row | null> => {
    let batches = pending.get(ctx);
    if (!batches) pending.set(ctx, (batches = new Map()));
    let batch = batches.get(typeName);
    if (!batch) {
      const references: Reference[] = [];
      const rows = Promise.resolve().then(() => {
        batches.delete(typeName);
        if (references.length > MAX_REPRESENTATIONS) return [];
        return loadAll(typeName, references, ctx, info);
      });
      batch = { references, rows };
      batches.set(typeName, batch);
    }
    batch.references.push(reference);
    const id = uuidOf(typeName, reference);
    const key = keyOf(typeName, reference);
    const row = (await batch.rows).find(
      (candidate) => (id !== null && candidate.id === id) || (key !== null && candidate[readableKey[typeName]] === key),
    );
    return row && (await visible(ctx, info, typeName, row)) ? row : null;
  };
}

builder.asEntity(MemberType, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ handle: string }>('handle')],
  resolveReference: resolveReference('Member') as never,
});

builder.asEntity(CollectiveType, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ slug: string }>('slug')],
  resolveReference: resolveReference('Collective') as never,
});

builder.asEntity(WorkshopType, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ slug: string }>('slug')],
  resolveReference: resolveReference('Workshop') as never,
});

builder.asEntity(SkillType, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ slug: string }>('slug')],
  resolveReference: resolveReference('Skill') as never,
});

/**
 * The fields the federation library adds come without our descriptions or limits: describe them,
 * and refuse more than MAX_REPRESENTATIONS references at once, as `nodes(ids:)` does.
 */
export function describeSubgraphFields(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()!.getFields();
  const entities = fields._entities;
  if (entities) {
    entities.description = `Entities of this subgraph by their keys, for a federation router (at most ${MAX_REPRESENTATIONS}); null for each one not found or not visible to you.`;
    const resolve = entities.resolve!;
    entities.resolve = (source, args: { representations: unknown[] }, ctx, info) => {
      if (args.representations.length > MAX_REPRESENTATIONS) {
        throw requestError(
          'BAD_USER_INPUT',
          `representations: send at most ${MAX_REPRESENTATIONS} references at once.`,
        );
      }
      return resolve(source, args, ctx, info);
    };
    const representations = entities.args.find((arg) => arg.name === 'representations');
    if (representations) representations.description = 'References (`__typename` and a key: `id`, `handle` or `slug`).';
  }
  if (fields._service)
    fields._service.description = 'This subgraph’s SDL, with its federation directives, for composition.';
  const descriptions: Record<string, string> = {
    _Service: 'What a federation router needs to compose this subgraph.',
    _Entity: 'Every type other subgraphs can reference or extend.',
    _Any: 'A reference to an entity, as a federation router sends it.',
  };
  for (const [name, description] of Object.entries(descriptions)) {
    const type = schema.getType(name);
    if (type && !type.description) type.description = description;
  }
  const sdl = schema.getType('_Service') as GraphQLObjectType | undefined;
  const sdlField = sdl?.getFields().sdl;
  if (sdlField && !sdlField.description) sdlField.description = 'The SDL, printed with the federation directives.';
  return schema;
}
