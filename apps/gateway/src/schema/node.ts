// `node(id:)` and `nodes(ids:)`: fetch any object by its global ID.
//
// An ID that names nothing the caller may see answers null, whatever the reason: no such row, a
// type that is not a Node (Session, SignInToken…), a malformed or forged ID, or an object whose
// type-level rule (`authScopes` on the type, in its schema file) refuses the caller. A caller thus
// cannot tell "hidden" from "missing". Only the length of the list is an error: more than
// MAX_NODE_IDS IDs is refused with BAD_USER_INPUT (and the cost analysis charges each ID, see
// security/cost.ts).
import { resolveUncachedNodesForType } from '@pothos/plugin-relay';
import { RequestCache } from '@pothos/plugin-scope-auth';
import { isInterfaceType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { requestError } from '../errors.ts';
import { MAX_NODE_IDS } from '../security/limits.ts';
import { builder } from './builder.ts';
import { isUuid } from './validate.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;
const TYPENAME = /^[A-Z][A-Za-z0-9]*$/;

/** `Type:uuid` from a global ID, or null when it is not one. */
export function decodeNodeId(globalId: string): { typename: string; id: string } | null {
  if (globalId.length === 0 || globalId.length > 200 || !BASE64.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  return TYPENAME.test(typename) && isUuid(id) ? { typename, id } : null;
}

/** The object types implementing Node, from the schema being executed. */
function nodeTypeNames(info: GraphQLResolveInfo): Set<string> {
  const node = info.schema.getType('Node');
  return new Set(
    node && isInterfaceType(node) ? info.schema.getImplementations(node).objects.map((type) => type.name) : [],
  );
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2025';
}

/** True when the type-level rule of `typename` (if any) lets the caller see `object` (also used by supergraph/). */
export async function visible(
  ctx: Context,
  info: GraphQLResolveInfo,
  typename: string,
  object: object,
): Promise<boolean> {
  const config = builder.configStore.getTypeConfig(typename, 'Object');
  const authScopes = (config.pothosOptions as { authScopes?: unknown }).authScopes;
  if (authScopes === undefined) return true;
  // The same request cache the field checks use: a later field of this object reuses the answer.
  const cache = RequestCache.fromContext(ctx, builder) as unknown as {
    evaluateTypeScopeFunction(scopes: unknown, type: string, parent: unknown, info: GraphQLResolveInfo): unknown;
    evaluateScopeMap(scopes: unknown, info: GraphQLResolveInfo): unknown;
  };
  const failure = await (typeof authScopes === 'function'
    ? cache.evaluateTypeScopeFunction(authScopes, typename, object, info)
    : cache.evaluateScopeMap(authScopes, info));
  return !failure;
}

/** The objects the IDs name, in order; null for each the caller may not see. */
async function loadVisibleNodes(
  ctx: Context,
  info: GraphQLResolveInfo,
  globalIds: readonly string[],
): Promise<(object | null)[]> {
  const nodeTypes = nodeTypeNames(info);
  const loads = new Map<string, Promise<object | null>>();
  const load = (typename: string, id: string) => {
    const key = `${typename}:${id}`;
    let pending = loads.get(key);
    if (!pending) {
      pending = (resolveUncachedNodesForType(builder, ctx, info, [id], typename) as Promise<unknown[]>).then(
        async ([object]) =>
          object && typeof object === 'object' && (await visible(ctx, info, typename, object)) ? object : null,
        (error: unknown) => {
          if (isNotFound(error)) return null;
          throw error;
        },
      );
      loads.set(key, pending);
    }
    return pending;
  };
  return Promise.all(
    globalIds.map((globalId) => {
      const decoded = decodeNodeId(globalId);
      return decoded && nodeTypes.has(decoded.typename) ? load(decoded.typename, decoded.id) : null;
    }),
  );
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Fetches any object by its global ID; null when it does not exist, is not visible to you, or the ID is not a global ID (never an error).',
    args: { id: t.arg.id({ required: true, description: 'A global ID.' }) },
    resolve: async (_root, args, ctx, info) => (await loadVisibleNodes(ctx, info, [String(args.id)]))[0] ?? null,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Fetches several objects by their global IDs, in the same order (null for each one not found, not visible or not a global ID). At most ${MAX_NODE_IDS} IDs; each costs as much as a \`node\` query.`,
    args: { ids: t.arg.idList({ required: true, description: `Global IDs (at most ${MAX_NODE_IDS}).` }) },
    resolve: (_root, args, ctx, info) => {
      if (args.ids.length > MAX_NODE_IDS) {
        throw requestError(
          'BAD_USER_INPUT',
          `nodes(ids:) takes at most ${MAX_NODE_IDS} IDs (${args.ids.length} were sent): split the list.`,
        );
      }
      return loadVisibleNodes(ctx, info, args.ids.map(String));
    },
  }),
}));
