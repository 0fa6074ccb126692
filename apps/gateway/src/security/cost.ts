// The cost model: how many points an operation costs, computed from the document, the schema and
// the variables before anything executes.
//
//   cost(field) = 1 + n × cost(its selection)
//
// where n is the number of items the field's selection is resolved for:
//   - `edges` / `nodes` of a connection: the page size, `first` or `last` (default 20, max 100);
//   - a list fetched by IDs (an `ids` list argument, e.g. `nodes(ids:)`, or `_entities(representations:)`):
//     the number of IDs;
//   - any other list of objects: 10 (an estimate: lists that grow are connections);
//   - otherwise 1.
// `__typename` is free. Inside introspection (`__schema`, `__type`) lists count once, but their
// nesting is capped (introspection is served from memory; only deep nesting is expensive).
//
// Costs are linear in the multiplier, so a fragment is costed once per (page context) and reused:
// the work is proportional to the document's size, never to how often fragments are spread.
//
// Kept rather than @pothos/plugin-complexity (4.2.3, evaluated 2026-12-07): the plugin enforces a
// per-request limit from options on each field, with one default list multiplier. Here the same
// number is also the charge against each caller's shared budget (security/rate-limit.ts, the
// X-Query-Cost header), so it must be known before execution for documents the schema refuses too,
// count ID lists (`nodes(ids:)`, `_entities`) by their length, and stay linear in the document when a
// fragment is spread many times — what test/security/cost.test.ts pins.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type DocumentNode,
  type SelectionSetNode,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from 'graphql';
import type { CostModel } from './limits.ts';

export interface PageSizeViolation {
  /** Schema coordinate of the connection field, e.g. "Query.workshops". */
  field: string;
  argument: 'first' | 'last';
  value: number;
}

export interface CostReport {
  cost: number;
  /** `first` / `last` values outside 0…maxPageSize. */
  pageSizeViolations: PageSizeViolation[];
  /** Deepest nesting of lists inside introspection fields. */
  introspectionListDepth: number;
}

interface Tally {
  cost: number;
  introspectionListDepth: number;
}

/**
 * Costs the operation that will run. Returns null when the operation or its variables are invalid:
 * execution reports those errors itself, and nothing runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { operationName?: string | null; variables?: Record<string, unknown> | null },
  model: CostModel,
): CostReport | null {
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (!operation) return null;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (coerced.errors) return null;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walker = new CostWalker(schema, fragments, coerced.coerced, model);
  const { cost, introspectionListDepth } = walker.selectionSet(operation.selectionSet, rootType, undefined, false);
  return { cost, introspectionListDepth, pageSizeViolations: walker.violations };
}

class CostWalker {
  readonly violations: PageSizeViolation[] = [];
  private readonly fragmentCosts = new Map<string, Tally>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly model: CostModel,
  ) {}

  /** `pageSize` is set when this selection set belongs to a connection field. */
  selectionSet(
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    pageSize: number | undefined,
    introspection: boolean,
  ): Tally {
    let cost = 0;
    let introspectionListDepth = 0;
    for (const selection of selectionSet.selections) {
      let part: Tally;
      if (selection.kind === Kind.FIELD) {
        const onPage = pageSize !== undefined && (selection.name.value === 'edges' || selection.name.value === 'nodes');
        part = this.field(selection, parentType, onPage ? pageSize : undefined, introspection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parentType;
        part = this.selectionSet(selection.selectionSet, type ?? parentType, pageSize, introspection);
      } else {
        part = this.fragment(selection.name.value, pageSize, introspection);
      }
      cost += part.cost;
      introspectionListDepth = Math.max(introspectionListDepth, part.introspectionListDepth);
    }
    return { cost, introspectionListDepth };
  }

  private fragment(name: string, pageSize: number | undefined, introspection: boolean): Tally {
    const key = `${name}|${pageSize ?? ''}|${introspection}`;
    const known = this.fragmentCosts.get(key);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // Unknown or cyclic fragments fail validation; never loop on them.
    if (!fragment || this.inProgress.has(key)) return { cost: 0, introspectionListDepth: 0 };
    this.inProgress.add(key);
    const type = this.schema.getType(fragment.typeCondition.name.value);
    const part = type
      ? this.selectionSet(fragment.selectionSet, type, pageSize, introspection)
      : { cost: 0, introspectionListDepth: 0 };
    this.inProgress.delete(key);
    this.fragmentCosts.set(key, part);
    return part;
  }

  /** `pageSize` is set for the `edges` / `nodes` of a connection. */
  private field(
    node: FieldNode,
    parentType: GraphQLNamedType,
    pageSize: number | undefined,
    introspection: boolean,
  ): Tally {
    const name = node.name.value;
    if (name === '__typename') return { cost: 0, introspectionListDepth: 0 };
    const definition = this.fieldDefinition(parentType, name);
    if (!definition) return { cost: 1, introspectionListDepth: 0 };
    if (!node.selectionSet) return { cost: 1, introspectionListDepth: 0 };

    const namedType = getNamedType(definition.type);
    const inIntrospection = introspection || name === '__schema' || name === '__type';
    if (isConnection(namedType)) {
      const size = this.pageSize(definition, node, `${parentType.name}.${name}`);
      const inner = this.selectionSet(node.selectionSet, namedType, size, inIntrospection);
      return { cost: 1 + inner.cost, introspectionListDepth: inner.introspectionListDepth };
    }
    const isList = isListType(getNullableType(definition.type));
    const inner = this.selectionSet(node.selectionSet, namedType, undefined, inIntrospection);
    if (inIntrospection) {
      return { cost: 1 + inner.cost, introspectionListDepth: inner.introspectionListDepth + (isList ? 1 : 0) };
    }
    const factor = pageSize ?? (isList ? (this.idCount(definition, node) ?? this.model.listFactor) : 1);
    return { cost: 1 + factor * inner.cost, introspectionListDepth: inner.introspectionListDepth };
  }

  private fieldDefinition(parentType: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (parentType === this.schema.getQueryType()) {
      if (name === '__schema') return SchemaMetaFieldDef;
      if (name === '__type') return TypeMetaFieldDef;
    }
    if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
    return undefined;
  }

  /**
   * How many objects a list fetched by keys asks for — `nodes(ids:)`, or a federation router's
   * `_entities(representations:)` — undefined for other lists.
   */
  private idCount(definition: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
    const keys = definition.args.find(
      (arg) => (arg.name === 'ids' || arg.name === 'representations') && isListType(getNullableType(arg.type)),
    );
    if (!keys) return undefined;
    try {
      const ids = getArgumentValues(definition, node, this.variables)[keys.name];
      return Array.isArray(ids) ? ids.length : undefined;
    } catch {
      return undefined; // invalid arguments fail at execution, before any resolver runs
    }
  }

  private pageSize(definition: GraphQLField<unknown, unknown>, node: FieldNode, coordinate: string): number {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, this.variables);
    } catch {
      return this.model.defaultPageSize; // invalid arguments fail at execution, before any resolver runs
    }
    let size: number | undefined;
    for (const argument of ['first', 'last'] as const) {
      const value = args[argument];
      if (typeof value !== 'number') continue;
      if (value < 0 || value > this.model.maxPageSize) this.violations.push({ field: coordinate, argument, value });
      size = Math.max(size ?? 0, Math.min(Math.max(value, 0), this.model.maxPageSize));
    }
    return size ?? this.model.defaultPageSize;
  }
}

/** A Relay connection: an object type with `edges` and `pageInfo`. */
function isConnection(type: GraphQLNamedType): type is GraphQLCompositeType {
  if (!isObjectType(type) || !isCompositeType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}
