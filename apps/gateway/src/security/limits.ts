// Every limit the public GraphQL endpoint enforces, in one place. docs/api.md ("Limits") lists the
// same values: change both together. The rate-limit budgets come from the configuration
// (RATE_LIMIT_*); the others are part of the API contract and live here.
import type { Caller } from '../auth/caller.ts';

export interface StaticLimits {
  /** Deepest field nesting (fragments do not add a level; introspection is limited separately). */
  maxDepth: number;
  /** Aliased fields per operation, counting every alias (even of __typename). */
  maxAliases: number;
  /** Directives per operation (@include, @skip, …). */
  maxDirectives: number;
  /** Lexical tokens per document (names, punctuation, values). */
  maxTokens: number;
  /** Computed cost of one operation (see cost.ts for the model). */
  maxCost: number;
  /** Nested lists inside introspection (types › fields › args is 3). */
  maxIntrospectionListDepth: number;
  /** Fields (and fragment spreads) in one selection set, checked before validation. */
  maxSelectionsPerSet: number;
  /** Fields in the whole document (fragments counted once), checked before validation. */
  maxSelections: number;
}

export interface CostModel {
  /** Items a connection returns when neither `first` nor `last` is given. */
  defaultPageSize: number;
  /** Largest `first` / `last` a connection accepts (Pothos' maxConnectionSize). */
  maxPageSize: number;
  /** Items assumed for a plain list of objects (e.g. Workshop.facilitators). */
  listFactor: number;
}

export interface RateLimits {
  /** Length of the fixed window, in milliseconds. */
  windowMs: number;
  /** Cost points per window, by kind of caller. */
  anonymous: number;
  session: number;
  token: number;
}

export interface Limits extends StaticLimits, CostModel {
  rate: RateLimits;
}

/**
 * Most IDs one `nodes(ids:)` call takes (more is refused with BAD_USER_INPUT). The cost analysis
 * charges each ID as one `node(id:)` (see cost.ts).
 */
export const MAX_NODE_IDS = 100;

export const DEFAULT_STATIC_LIMITS: StaticLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 5_000,
  maxIntrospectionListDepth: 3,
  maxSelectionsPerSet: 50,
  maxSelections: 500,
};

/** A request refused before anything executed is charged one point per this many characters of its document (at least one). */
export const REFUSED_CHARACTERS_PER_POINT = 100;

export const DEFAULT_COST_MODEL: CostModel = {
  defaultPageSize: 20,
  maxPageSize: 100,
  listFactor: 10,
};

export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowMs: 60_000,
  anonymous: 10_000,
  // A member moving fast through the portal: its 14 member screens, one after the other in 15 s,
  // cost 19 571 points (the journey packages/e2e/journeys/languages.test.ts walks them all in one
  // minute). Three times that: a person clicking a screen a second never meets the limit.
  session: 60_000,
  token: 50_000,
};

/** The budget (points per window) of a caller. */
export function budgetOf(caller: Caller, rate: RateLimits): number {
  return rate[caller.kind];
}
