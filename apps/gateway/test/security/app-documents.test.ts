// End to end on a real database: the apps' persisted documents, sent by hash as a signed-in member
// in production, pass every limit and run; and `first: 1000` is refused with a clear error (Pothos
// alone would silently clamp it to 100).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import {
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { operationCost } from '../../src/security/cost.ts';
import { DEFAULT_COST_MODEL, DEFAULT_STATIC_LIMITS } from '../../src/security/limits.ts';
import { codes, startSecuredServer, type SecuredServer } from './server.ts';

const manifestPath = fileURLToPath(
  new URL('../../../../packages/client/src/generated/persisted-documents.json', import.meta.url),
);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
const session = { cookie: 'eko_session=s3cret', 'x-graphql-client': 'portal', 'x-test-caller': 'session:ana' };

let db: TestDatabase;
let s: SecuredServer;
beforeAll(async () => {
  db = await createTestDatabase();
  s = await startSecuredServer({
    config: { NODE_ENV: 'production' },
    persistedDocuments: manifest,
    prisma: db.prisma,
    read: db.read,
  });
});
afterAll(async () => {
  await s?.stop();
  await db?.close();
});

// Every document the apps ship (checked statically, with its default page sizes) stays within the
// limits the endpoint enforces: an app screen is never refused by its own API.
const operations = Object.values(manifest).map(
  (text) => [getOperationAST(parse(text))?.name?.value ?? text.slice(0, 40), text] as const,
);

describe.each(operations)('%s', (_name, text) => {
  const document = parse(text);
  const operation = getOperationAST(document)!;

  it('is valid against the schema and within depth, alias, token and cost limits as the app sends it', () => {
    expect(validate(schema, document)).toEqual([]);
    const variables = defaultVariables(operation);
    const report = operationCost(schema, document, { variables }, DEFAULT_COST_MODEL);
    expect(report, `variables ${JSON.stringify(variables)} do not coerce`).not.toBeNull();
    expect(report!.pageSizeViolations).toEqual([]);
    expect(report!.cost).toBeLessThanOrEqual(DEFAULT_STATIC_LIMITS.maxCost);
    expect(depth(operation.selectionSet, document)).toBeLessThanOrEqual(DEFAULT_STATIC_LIMITS.maxDepth);
    expect(countAliases(document)).toBeLessThanOrEqual(DEFAULT_STATIC_LIMITS.maxAliases);
    expect(countTokens(text)).toBeLessThanOrEqual(DEFAULT_STATIC_LIMITS.maxTokens);
  });
});

it('runs an app query by hash as a session in production', async () => {
  const hash = Object.entries(manifest).find(([, document]) => document.includes('query UpcomingWorkshops('))?.[0];
  expect(hash).toBeDefined();
  const answer = await s.post(
    { variables: { first: 100 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
    session,
  );
  expect(answer.body?.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(Number(answer.headers.get('x-query-cost'))).toBeGreaterThan(0);
});

/** Values for the operation's required variables; page sizes keep the document's (or the API's) default. */
function defaultVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && isNonNullType(type) && !definition.defaultValue)
      variables[definition.variable.name.value] = sample(type);
  }
  return variables;
}

function sample(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(inner.ofType as GraphQLInputType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    // @oneOf inputs take exactly one field.
    const chosen = inner.isOneOf ? fields.slice(0, 1) : fields.filter((field) => isNonNullType(field.type));
    return Object.fromEntries(chosen.map((field) => [field.name, sample(field.type)]));
  }
  switch ((inner as { name: string }).name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2030-01-01T09:00:00.000Z';
    case 'Date':
      return '2030-01-01';
    case 'JSON':
      return {};
    case 'ID':
      return Buffer.from('Member:00000000-0000-0000-0000-000000000000').toString('base64');
    default:
      return 'x';
  }
}

function depth(selectionSet: SelectionSetNode | undefined, document: DocumentNode): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depth(selection.selectionSet, document));
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      deepest = Math.max(deepest, depth(selection.selectionSet, document));
    else {
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      deepest = Math.max(
        deepest,
        depth((fragment as { selectionSet?: SelectionSetNode } | undefined)?.selectionSet, document),
      );
    }
  }
  return deepest;
}

function countAliases(document: DocumentNode): number {
  let aliases = 0;
  visit(document, { Field: (field) => void (field.alias && aliases++) });
  return aliases;
}

function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  return tokens;
}

it('refuses first: 1000 before the resolver runs, with PAGE_SIZE_TOO_LARGE', async () => {
  const hash = Object.entries(manifest).find(([, document]) => document.includes('workshops('))?.[0];
  expect(hash).toBeDefined();
  const answer = await s.post(
    { variables: { first: 1000 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
    session,
  );
  expect(answer.status).toBe(400);
  expect(codes(answer)).toEqual(['PAGE_SIZE_TOO_LARGE']);
});
