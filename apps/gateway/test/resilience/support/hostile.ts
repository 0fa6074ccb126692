// Hostile requests for the fuzz test, generated from a seed (the same seed gives the same
// requests, so a failure can be replayed): broken and oversized documents, variables of the wrong
// type, huge strings, deeply nested JSON, malformed HTTP bodies and global IDs.

export interface HostileRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

type Random = ReturnType<typeof random>;

/** Operations that reach resolvers and the database when their variables are right. */
const OPERATIONS = [
  {
    query:
      'query($first: Int, $search: String, $skills: [ID!], $regions: [String!]) { members(first: $first, search: $search, skills: $skills, regions: $regions) { totalCount edges { node { handle skills { level } } } } }',
    variables: ['first', 'search', 'skills', 'regions'],
  },
  {
    query: 'query($handle: String!) { member(handle: $handle) { displayName collectives { role } } }',
    variables: ['handle'],
  },
  {
    query:
      'query($from: DateTime, $first: Int, $after: String) { workshops(from: $from, first: $first, after: $after) { edges { node { title seatsLeft } } } }',
    variables: ['from', 'first', 'after'],
  },
  { query: 'query($id: ID!) { node(id: $id) { id } }', variables: ['id'] },
  { query: 'query($slug: String!) { visibilityPage(slug: $slug) { title } }', variables: ['slug'] },
  {
    query: 'mutation($workshopId: ID!) { registerForWorkshop(workshopId: $workshopId) { __typename } }',
    variables: ['workshopId'],
  },
  {
    query:
      'mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename ... on ValidationError { fieldErrors { path } } } }',
    variables: ['input'],
  },
  {
    query: 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }',
    variables: ['input'],
  },
  { query: 'mutation($email: String!) { requestSignInLink(email: $email) { __typename } }', variables: ['email'] },
] as const;

function hugeString(r: Random): string {
  const alphabets = [
    'a',
    'é',
    '\u0000',
    '\uD800',
    '🙂',
    '"',
    '\\',
    '<script>',
    '\'; DROP TABLE "Member"; --',
    '%00',
    '\u202E',
  ];
  return r.pick(alphabets).repeat(1 + r.int(r.next() < 0.2 ? 200_000 : 2_000));
}

function deep(r: Random, depth: number): unknown {
  let value: unknown = r.next() < 0.5 ? 'bout' : 1;
  for (let i = 0; i < depth; i++) value = r.next() < 0.5 ? { a: value } : [value];
  return value;
}

function globalIdLike(r: Random): string {
  const raw = r.pick([
    'Workshop:not-a-uuid',
    'Member:' + 'x'.repeat(1000),
    'Workshop:00000000-0000-0000-0000-000000000000',
    'Nope:1',
    ':',
    '',
    'Member:\u0000',
  ]);
  return r.next() < 0.8 ? Buffer.from(raw).toString('base64') : raw;
}

/** A value of any JSON type, often the wrong one for where it goes. */
function anyValue(r: Random): unknown {
  switch (r.int(14)) {
    case 0:
      return null;
    case 1:
      return r.next() < 0.5;
    case 2:
      return r.pick([0, -1, 1e308, -1e308, 2 ** 53 + 1, 3.14, 2 ** 31, -(2 ** 31) - 1]);
    case 3:
      return hugeString(r);
    case 4:
      return deep(r, 10 + r.int(r.next() < 0.3 ? 3_000 : 100));
    case 5:
      return Array.from({ length: r.int(r.next() < 0.2 ? 50_000 : 20) }, () => r.pick(['x', 1, null, {}]));
    case 6:
      return {
        displayName: anyValue(r),
        memberId: globalIdLike(r),
        note: anyValue(r),
        websiteUrl: 'javascript:alert(1)',
        bogus: 1,
      };
    case 7:
      return globalIdLike(r);
    case 8:
      return r.pick(['2026-13-45T25:61:00Z', 'demain', '0000-00-00', '2026-01-01', '+275760-09-13T00:00:00.000Z']);
    case 9:
      return r.pick(['', ' ', '../../etc/passwd', 'camille-martin', 'a'.repeat(300)]);
    case 10:
      return { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } };
    case 11:
      return r.pick([-5, 101, 1e9, '10', 'NaN']);
    case 12:
      return { memberId: globalIdLike(r), note: hugeString(r), clientName: anyValue(r), opportunityId: anyValue(r) };
    default:
      return Array.from({ length: 3 }, () => globalIdLike(r));
  }
}

function mangle(r: Random, text: string): string {
  let out = text;
  for (let i = 0, n = 1 + r.int(6); i < n; i++) {
    const at = r.int(out.length + 1);
    switch (r.int(4)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1 + r.int(10));
        break;
      case 1:
        out =
          out.slice(0, at) +
          r.pick(['{', '}', '(', ')', '$', '...', '@include', '"', '#', '\u0000', ':', '!', '[', ']']) +
          out.slice(at);
        break;
      case 2:
        out = out.slice(0, at);
        break;
      default:
        out = out.slice(0, at) + out.slice(at).repeat(2);
        break;
    }
  }
  return out;
}

const json = (body: unknown, headers: Record<string, string> = {}): Omit<HostileRequest, 'kind'> => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export function hostileRequest(r: Random, auth: Record<string, string>): HostileRequest {
  const as = r.next() < 0.5 ? auth : {};
  const operation = r.pick(OPERATIONS);
  switch (r.int(10)) {
    case 0:
      return { kind: 'mangled document', ...json({ query: mangle(r, operation.query) }, as) };
    case 1: {
      const variables = Object.fromEntries(operation.variables.map((name) => [name, anyValue(r)]));
      return { kind: 'wrong variables', ...json({ query: operation.query, variables }, as) };
    }
    case 2: {
      // Written out as text: too deep for JSON.stringify itself.
      const depth = 2_000 + r.int(100_000);
      const [open, close] = r.next() < 0.5 ? ['{"a":', '}'] : ['[', ']'];
      const value = `${open.repeat(depth)}1${close.repeat(depth)}`;
      const body = `{"query":${JSON.stringify(operation.query)},"variables":{"${operation.variables[0]}":${value}}}`;
      return {
        kind: 'deep variables',
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...as },
        body,
      };
    }
    case 3: {
      const size = r.pick([50_000, 900_000, 1_100_000, 3_000_000]);
      const query =
        r.next() < 0.5
          ? `{ ${'viewer { handle } '.repeat(size / 18)} }`
          : `# ${'x'.repeat(size)}\n{ viewer { handle } }`;
      return { kind: 'oversized document', ...json({ query }, as) };
    }
    case 4: {
      const nest = 5 + r.int(300);
      const query = `{ ${'members { edges { node { collectives { collective { '.repeat(nest)}id${' } } } } }'.repeat(nest)} }`;
      return { kind: 'deep document', ...json({ query }, as) };
    }
    case 5:
      return {
        kind: 'malformed body',
        method: 'POST',
        path: '/graphql',
        headers: {
          'content-type': r.pick([
            'application/json',
            'text/plain',
            'application/graphql',
            'multipart/form-data; boundary=x',
            'application/x-www-form-urlencoded',
            '',
          ]),
          ...as,
        },
        body: r.pick([
          '{"query": ',
          '[]',
          '[{"query":"{ viewer { handle } }"},{"query":"{ viewer { handle } }"}]',
          '42',
          '"{ viewer { handle } }"',
          '{"query": 1}',
          '{"query": "{ viewer { handle } }", "variables": "nope"}',
          '{"query": "{ viewer { handle } }", "operationName": {"a": 1}}',
          '{"query": "{ viewer { handle } }", "extensions": {"persistedQuery": {"sha256Hash": 5}}}',
          '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "' + 'f'.repeat(64) + '"}}}',
          '\u0000\u0001\u0002',
          '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
          JSON.stringify({ query: '{ viewer { handle } }', variables: { a: hugeString(r) } }),
        ]),
      };
    case 6:
      return {
        kind: 'odd method or query string',
        method: r.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
        path: `/graphql?query=${encodeURIComponent(mangle(r, operation.query))}&variables=${encodeURIComponent(r.pick(['{', '[]', 'null', '{"first": "x"}']))}`,
        headers: {
          ...as,
          ...(r.next() < 0.3 ? { origin: 'https://evil.example', 'access-control-request-method': 'POST' } : {}),
        },
      };
    case 7:
      return {
        kind: 'bad headers',
        ...json(
          { query: operation.query, variables: {} },
          r.pick<Record<string, string>>([
            { authorization: 'Bearer ' },
            { authorization: 'Basic Zm9vOmJhcg==' },
            { authorization: `Bearer eko_pat_${'z'.repeat(5000)}` },
            { cookie: 'eko_session=' + 'x'.repeat(4000) },
            { cookie: 'eko_session=%%%; other=1', 'x-graphql-client': 'fuzz' },
            { accept: 'text/event-stream' },
            { accept: 'application/xml' },
            { 'x-request-id': 'x'.repeat(500) },
          ]),
        ),
      };
    case 8:
      return {
        kind: 'many aliases and fragments',
        ...json(
          { query: `{ ${Array.from({ length: 50 + r.int(500) }, (_, i) => `a${i}: viewer { handle }`).join(' ')} }` },
          as,
        ),
      };
    default:
      return {
        kind: 'public page path',
        method: 'GET',
        path: r.pick([
          '/membres/',
          '/membres/%E0%A4%A',
          `/membres/${'a'.repeat(3000)}`,
          '/collectifs/..%2F..',
          '/ateliers/%00',
          '/annuaire?page=-1&q=' +
            encodeURIComponent(
              hugeString(r)
                .slice(0, 5000)
                .replace(/[\uD800-\uDFFF]/g, '\uFFFD'),
            ) +
            '%ED%A0%80',
          '/annuaire?page=99999999999999999999',
          '/sitemap.xml?x[]=1',
        ]),
        headers: {},
      };
  }
}
