// Compiles a Prisma select tree (what Pothos' queryFromInfo plans for a GraphQL selection) into ONE
// PostgreSQL expression that builds a row and its selected relations as JSON, so a page of the
// directory comes with its members in the statement that finds it, without a second round trip and
// without Prisma's engine interpreting the rows (a third of the gateway's CPU for the directory).
//
// Only what can be translated exactly is: scalars (text, enums and their lists, booleans, integers,
// instants, json), relations to one and to many (through the foreign keys Prisma's data model names, to
// the related model's single id), `_count` of relations, and on relations `where` (equality on text,
// enum and boolean scalars, nested through relations to one, AND and OR), `orderBy` (scalars and scalars of relations to
// one, asc/desc), `take` and `skip`. Anything else (other filters, cursors, distinct, decimals, bytes…) compiles to null: the caller then
// asks Prisma, as before. The answer has Prisma's shape (the same keys, Date for instants), so the
// fields' resolvers and the Prisma plugin's loaded-relation mappings read it as Prisma's own rows.
import { Prisma } from '@ekoacteurs/db';
import { getDatamodel } from '@ekoacteurs/db/pothos-types';

interface ModelField {
  name: string;
  kind: string;
  type: string;
  isList: boolean;
  isId: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

const models = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    new Map((model.fields as readonly ModelField[]).map((field) => [field.name, field])),
  ]),
);

/** Each model's primary key columns (its @id, or its @@id's): the order of a relation's rows when none is asked. */
const primaryKeys = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => {
    const compound = (model as { primaryKey?: { fields: readonly string[] } | null }).primaryKey?.fields;
    const single = (model.fields as readonly ModelField[]).filter((field) => field.isId).map((field) => field.name);
    return [name, compound && compound.length > 0 ? [...compound] : single];
  }),
);

/** Scalars read as they are in JSON (instants are read as epoch milliseconds, then revived). */
const PLAIN_SCALARS = new Set(['String', 'Boolean', 'Int']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;

/** How to turn a row's JSON back into what Prisma returns (only instants differ). */
type Reviver = (value: unknown) => unknown;

export interface CompiledSelect {
  /** A JSON expression over the row aliased as given to compileSelect. */
  sql: Prisma.Sql;
  /** The row as Prisma would have returned it. */
  revive: (json: unknown) => Record<string, unknown>;
}

class Unsupported extends Error {}

const quoted = (name: string) => {
  if (!IDENTIFIER.test(name)) throw new Unsupported(name);
  return Prisma.raw(`"${name}"`);
};

/** A JSON key as a literal (field names are identifiers): the statement's text stays the same. */
const jsonKey = (name: string) => {
  if (!IDENTIFIER.test(name)) throw new Unsupported(name);
  return Prisma.raw(`'${name}'`);
};

function fieldsOf(model: string): Map<string, ModelField> {
  const fields = models.get(model);
  if (!fields) throw new Unsupported(model);
  return fields;
}

function idOf(model: string): ModelField {
  const ids = [...fieldsOf(model).values()].filter((field) => field.isId);
  if (ids.length !== 1) throw new Unsupported(`${model} has no single id`);
  return ids[0]!;
}

/** The SQL condition joining `child` (of the relation's model) to `parent` (of `model`). */
function joinOn(model: string, field: ModelField, parent: Prisma.Sql, child: Prisma.Sql): Prisma.Sql {
  const from = field.relationFromFields ?? [];
  if (from.length === 1) return Prisma.sql`${child}.${quoted(idOf(field.type).name)} = ${parent}.${quoted(from[0]!)}`;
  if (from.length > 1) throw new Unsupported(`${model}.${field.name}: compound key`);
  // The foreign key is on the other side: the field of the related model with the same relation.
  const back = [...fieldsOf(field.type).values()].find(
    (other) => other.relationName === field.relationName && other.type === model && other !== field,
  );
  const keys = back?.relationFromFields ?? [];
  if (keys.length !== 1) throw new Unsupported(`${model}.${field.name}: no single foreign key`);
  return Prisma.sql`${child}.${quoted(keys[0]!)} = ${parent}.${quoted(idOf(model).name)}`;
}

/**
 * The relations to one that the rows of a list join (LEFT JOIN, once each), so that a related row
 * read for the answer and for the order (a member's skills by their skill's domain and name) is
 * looked up once per row instead of once per use.
 */
class Joins {
  private joined = new Map<string, Prisma.Sql>();
  private clauses: Prisma.Sql[] = [];

  constructor(private readonly compiler: Compiler) {}

  /** Whether `field` of `model` can be joined: a relation to one through a foreign key on this side. */
  static joinable(field: ModelField): boolean {
    return !field.isList && field.relationFromFields?.length === 1;
  }

  alias(model: string, field: ModelField, row: Prisma.Sql): Prisma.Sql {
    const key = `${row.text}.${field.name}`;
    let alias = this.joined.get(key);
    if (!alias) {
      alias = this.compiler.alias();
      this.joined.set(key, alias);
      this.clauses.push(Prisma.sql`LEFT JOIN ${quoted(field.type)} ${alias} ON ${joinOn(model, field, row, alias)}`);
    }
    return alias;
  }

  get sql(): Prisma.Sql {
    return this.clauses.length > 0 ? Prisma.join(this.clauses, ' ') : Prisma.empty;
  }
}

class Compiler {
  private aliases = 0;

  alias(): Prisma.Sql {
    this.aliases += 1;
    return Prisma.raw(`"sj${this.aliases}"`);
  }

  /** The JSON object of one row of `model` aliased `row`, with what `selection` asks for. */
  object(model: string, row: Prisma.Sql, selection: Record<string, unknown>, all: boolean, joins?: Joins) {
    const fields = fieldsOf(model);
    const pairs: Prisma.Sql[] = [];
    const revivers: [string, Reviver][] = [];
    const scalars = all
      ? [...fields.values()].filter((field) => field.kind !== 'object').map((field) => field.name)
      : [];
    for (const name of scalars) if (!(name in selection)) selection = { ...selection, [name]: true };
    for (const [name, wanted] of Object.entries(selection)) {
      if (wanted === false || wanted === undefined) continue;
      const field = fields.get(name);
      if (name === '_count') {
        pairs.push(Prisma.sql`${jsonKey(name)}, ${this.counts(model, row, wanted)}`);
        continue;
      }
      if (!field) throw new Unsupported(`${model}.${name}`);
      if (field.kind === 'object') {
        const { sql, revive } = this.relation(model, field, row, wanted, joins);
        pairs.push(Prisma.sql`${jsonKey(name)}, ${sql}`);
        revivers.push([name, revive]);
      } else if (wanted !== true) {
        throw new Unsupported(`${model}.${name}: ${JSON.stringify(wanted)}`);
      } else if (field.type === 'DateTime' && !field.isList) {
        pairs.push(Prisma.sql`${jsonKey(name)}, (extract(epoch from ${row}.${quoted(name)}) * 1000)::float8`);
        revivers.push([name, (value) => (value === null ? null : new Date(value as number))]);
      } else if (field.kind === 'enum' || PLAIN_SCALARS.has(field.type) || (field.type === 'Json' && !field.isList)) {
        pairs.push(Prisma.sql`${jsonKey(name)}, ${row}.${quoted(name)}`);
      } else {
        throw new Unsupported(`${model}.${name}: ${field.type}`);
      }
    }
    if (pairs.length === 0 || pairs.length > MAX_KEYS) throw new Unsupported(`${model}: ${pairs.length} keys`);
    const revive = (json: unknown) => {
      const value = json as Record<string, unknown>;
      for (const [key, reviver] of revivers) value[key] = reviver(value[key]);
      return value;
    };
    return { sql: Prisma.sql`json_build_object(${Prisma.join(pairs)})`, revive };
  }

  /** `_count: { select: { relation: true | { where } } }`: how many related rows, each an integer. */
  counts(model: string, row: Prisma.Sql, wanted: unknown): Prisma.Sql {
    const args = wanted as { select?: Record<string, unknown> } | null;
    if (typeof args !== 'object' || args === null || Object.keys(args).join() !== 'select' || !args.select)
      throw new Unsupported(`${model}._count`);
    const pairs: Prisma.Sql[] = [];
    for (const [name, counted] of Object.entries(args.select)) {
      if (counted === false) continue;
      const field = fieldsOf(model).get(name);
      if (!field || field.kind !== 'object' || !field.isList) throw new Unsupported(`${model}._count.${name}`);
      const options = (counted === true ? {} : counted) as Record<string, unknown>;
      if (typeof options !== 'object' || options === null || Object.keys(options).some((key) => key !== 'where'))
        throw new Unsupported(`${model}._count.${name}`);
      const child = this.alias();
      const conditions = [joinOn(model, field, row, child), ...this.where(field.type, child, options.where)];
      pairs.push(
        Prisma.sql`${jsonKey(name)}, (SELECT count(*)::int FROM ${quoted(field.type)} ${child} WHERE ${Prisma.join(conditions, ' AND ')})`,
      );
    }
    if (pairs.length === 0) throw new Unsupported(`${model}._count: nothing`);
    return Prisma.sql`json_build_object(${Prisma.join(pairs)})`;
  }

  /** A relation's JSON: an object or null (to one), an array (to many). */
  relation(model: string, field: ModelField, parent: Prisma.Sql, wanted: unknown, joins?: Joins) {
    const args = (wanted === true ? {} : wanted) as Record<string, unknown>;
    if (typeof args !== 'object' || args === null) throw new Unsupported(`${model}.${field.name}`);
    const known = new Set(['select', 'include', 'where', 'orderBy', 'take', 'skip']);
    for (const key of Object.keys(args)) if (!known.has(key)) throw new Unsupported(`${field.name}.${key}`);
    if (args.select && args.include) throw new Unsupported(`${field.name}: select and include`);
    const selection = (args.select ?? args.include ?? {}) as Record<string, unknown>;
    if (
      joins &&
      Joins.joinable(field) &&
      args.where === undefined &&
      args.orderBy === undefined &&
      args.take === undefined &&
      args.skip === undefined
    ) {
      const joined = joins.alias(model, field, parent);
      const inner = this.object(field.type, joined, selection, !args.select, joins);
      return {
        sql: Prisma.sql`CASE WHEN ${joined}.${quoted(idOf(field.type).name)} IS NULL THEN NULL ELSE ${inner.sql} END`,
        revive: (value: unknown) => (value === null ? null : inner.revive(value)),
      };
    }
    const child = this.alias();
    const rowJoins = field.isList ? new Joins(this) : undefined;
    const inner = this.object(field.type, child, selection, !args.select, rowJoins);
    const conditions = [joinOn(model, field, parent, child), ...this.where(field.type, child, args.where)];
    const table = quoted(field.type);
    if (!field.isList) {
      if (args.orderBy !== undefined || args.take !== undefined || args.skip !== undefined)
        throw new Unsupported(`${field.name}: to one`);
      return {
        sql: Prisma.sql`(SELECT ${inner.sql} FROM ${table} ${child} WHERE ${Prisma.join(conditions, ' AND ')} LIMIT 1)`,
        revive: (value: unknown) => (value === null ? null : inner.revive(value)),
      };
    }
    // No order asked: by primary key, as an index scan gives Prisma's rows (never an order that varies).
    const order =
      args.orderBy === undefined
        ? (primaryKeys.get(field.type) ?? []).map((key) => ({
            expression: Prisma.sql`${child}.${quoted(key)}`,
            descending: false,
          }))
        : this.orderBy(field.type, child, args.orderBy, rowJoins);
    const take = args.take;
    const skip = args.skip;
    for (const count of [take, skip]) {
      if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 0))
        throw new Unsupported(`${field.name}: take/skip ${String(count)}`);
    }
    const ranked = this.alias();
    const orderSql =
      order.length > 0
        ? Prisma.sql`ORDER BY ${Prisma.join(
            order.map((term) => (term.descending ? Prisma.sql`${term.expression} DESC` : term.expression)),
          )}`
        : Prisma.empty;
    return {
      sql: Prisma.sql`(SELECT coalesce(json_agg(${ranked}."j" ORDER BY ${ranked}."n"), '[]'::json) FROM (
        SELECT ${inner.sql} AS "j", row_number() OVER (${orderSql}) AS "n"
        FROM ${table} ${child} ${rowJoins!.sql} WHERE ${Prisma.join(conditions, ' AND ')}
        ${orderSql} ${take === undefined ? Prisma.empty : Prisma.sql`LIMIT ${take}`}
        ${skip ? Prisma.sql`OFFSET ${skip}` : Prisma.empty}) ${ranked})`,
      revive: (value: unknown) => (value as unknown[]).map((item) => inner.revive(item)),
    };
  }

  /**
   * Equality on text, enum and boolean scalars, nested through relations to one (`{ is: … }` or the
   * condition itself), combined with AND and OR (Prisma's meaning: an empty AND holds, an empty OR never).
   */
  where(model: string, row: Prisma.Sql, where: unknown): Prisma.Sql[] {
    if (where === undefined) return [];
    if (typeof where !== 'object' || where === null) throw new Unsupported('where');
    const fields = fieldsOf(model);
    const conditions: Prisma.Sql[] = [];
    for (const [name, value] of Object.entries(where)) {
      if ((name === 'AND' || name === 'OR') && !fields.has(name)) {
        const parts = (Array.isArray(value) ? value : [value]).map((part) => {
          const terms = this.where(model, row, part);
          return terms.length === 0 ? Prisma.sql`TRUE` : Prisma.sql`(${Prisma.join(terms, ' AND ')})`;
        });
        if (parts.length === 0) conditions.push(name === 'AND' ? Prisma.sql`TRUE` : Prisma.sql`FALSE`);
        else conditions.push(Prisma.sql`(${Prisma.join(parts, ` ${name} `)})`);
        continue;
      }
      const field = fields.get(name);
      if (!field) throw new Unsupported(`where ${model}.${name}`);
      if (field.kind === 'object') {
        if (field.isList) throw new Unsupported(`where ${model}.${name}: to many`);
        const child = this.alias();
        const related = fieldsOf(field.type);
        const only = typeof value === 'object' && value !== null ? Object.keys(value) : [];
        // `{ is: condition }`: the related row exists and meets it (`is: null`, `isNot` are not translated).
        const condition =
          only.length === 1 && only[0] === 'is' && !related.has('is') ? (value as { is: unknown }).is : value;
        if (condition === null) throw new Unsupported(`where ${model}.${name}: is null`);
        const nested = [joinOn(model, field, row, child), ...this.where(field.type, child, condition)];
        conditions.push(
          Prisma.sql`EXISTS (SELECT 1 FROM ${quoted(field.type)} ${child} WHERE ${Prisma.join(nested, ' AND ')})`,
        );
      } else if ((field.kind === 'enum' || field.type === 'String') && !field.isList && typeof value === 'string') {
        // As text: the parameter's type never has to match the column's (uuid, an enum).
        conditions.push(Prisma.sql`${row}.${quoted(name)}::text = ${value}`);
      } else if (field.type === 'Boolean' && !field.isList && typeof value === 'boolean') {
        conditions.push(value ? Prisma.sql`${row}.${quoted(name)}` : Prisma.sql`NOT ${row}.${quoted(name)}`);
      } else {
        throw new Unsupported(`where ${model}.${name}: ${JSON.stringify(value)}`);
      }
    }
    return conditions;
  }

  /** Scalars of the model or of a relation to one, asc or desc (PostgreSQL's default nulls, as Prisma). */
  orderBy(
    model: string,
    row: Prisma.Sql,
    orderBy: unknown,
    joins?: Joins,
  ): { expression: Prisma.Sql; descending: boolean }[] {
    if (orderBy === undefined) return [];
    const fields = fieldsOf(model);
    const terms: { expression: Prisma.Sql; descending: boolean }[] = [];
    for (const item of Array.isArray(orderBy) ? orderBy : [orderBy]) {
      if (typeof item !== 'object' || item === null) throw new Unsupported('orderBy');
      for (const [name, direction] of Object.entries(item)) {
        const field = fields.get(name);
        if (!field) throw new Unsupported(`orderBy ${model}.${name}`);
        if (field.kind === 'object') {
          if (field.isList) throw new Unsupported(`orderBy ${model}.${name}: to many`);
          if (joins && Joins.joinable(field)) {
            terms.push(...this.orderBy(field.type, joins.alias(model, field, row), direction, joins));
            continue;
          }
          const child = this.alias();
          const on = joinOn(model, field, row, child);
          for (const term of this.orderBy(field.type, child, direction)) {
            terms.push({
              expression: Prisma.sql`(SELECT ${term.expression} FROM ${quoted(field.type)} ${child} WHERE ${on})`,
              descending: term.descending,
            });
          }
        } else if ((direction === 'asc' || direction === 'desc') && !field.isList) {
          terms.push({ expression: Prisma.sql`${row}.${quoted(name)}`, descending: direction === 'desc' });
        } else {
          throw new Unsupported(`orderBy ${model}.${name}: ${JSON.stringify(direction)}`);
        }
      }
    }
    return terms;
  }
}

/** Compiled selects by model, alias and query: a page asks the same few shapes again and again. */
const compiledSelects = new Map<string, CompiledSelect | null>();
const MAX_COMPILED = 500;

/**
 * The JSON of a `model` row aliased `row` with what `query` (Prisma's `{ select }` or `{ include }`)
 * asks for; null when the query uses something this compiler does not translate exactly.
 */
export function compileSelect(model: string, row: string, query: Record<string, unknown>): CompiledSelect | null {
  const cacheKey = `${model}\u0000${row}\u0000${JSON.stringify(query)}`;
  const known = compiledSelects.get(cacheKey);
  if (known !== undefined) return known;
  const compiled = compileAnew(model, row, query);
  // Queries naming a viewer (who may see whose contact) are as many shapes as viewers: bounded.
  if (compiledSelects.size >= MAX_COMPILED) compiledSelects.clear();
  compiledSelects.set(cacheKey, compiled);
  return compiled;
}

function compileAnew(model: string, row: string, query: Record<string, unknown>): CompiledSelect | null {
  const keys = Object.keys(query);
  if (keys.length !== 1 || (keys[0] !== 'select' && keys[0] !== 'include')) return null;
  try {
    const compiled = new Compiler().object(
      model,
      quoted(row),
      query[keys[0]] as Record<string, unknown>,
      keys[0] === 'include',
    );
    return {
      sql: compiled.sql,
      revive: (json) => compiled.revive(typeof json === 'string' ? JSON.parse(json) : json),
    };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
