// The bench refuses a baseline that does not answer the gateway's data (src/same-answer.ts).
import { expect, it } from 'vitest';
import { firstDifference } from '../src/same-answer.ts';

const page = { members: { totalCount: 2, edges: [{ node: { handle: 'a', skills: [{ level: 'EXPERT' }] } }] } };

it('accepts the same data, whatever the order of the keys', () => {
  expect(firstDifference(page, { members: { edges: page.members.edges, totalCount: 2 } })).toBeNull();
});

it('names the first place where the answers differ', () => {
  expect(firstDifference(page, { members: { ...page.members, totalCount: 3 } })).toBe(
    'data.members.totalCount (2 against 3)',
  );
  expect(firstDifference(page, { members: { totalCount: 2, edges: [] } })).toBe(
    'data.members.edges (1 items against 0)',
  );
  expect(
    firstDifference(page, {
      members: { totalCount: 2, edges: [{ node: { handle: 'a', skills: [{ level: 'BEGINNER' }] } }] },
    }),
  ).toBe('data.members.edges.0.node.skills.0.level ("EXPERT" against "BEGINNER")');
  expect(firstDifference(page, { members: { totalCount: 2, edges: [{ node: { handle: 'a' } }] } })).toMatch(
    /^data\.members\.edges\.0\.node\.skills \(/,
  );
});
