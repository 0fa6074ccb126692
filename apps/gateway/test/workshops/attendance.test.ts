// After the workshop: attendance, completion, feedback, and what the give/receive ledger records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { crowd, DAY, fill, HOUR, person, result, workshop, type Person } from './fixtures.ts';

let t: TestGateway;
let admin: Person;
let facilitator: Person;

beforeAll(async () => {
  t = await startTestGateway();
  admin = await person(t, 'admin', 'ADMIN');
  facilitator = await person(t, 'animateur');
});
afterAll(() => t?.stop());

const MARK = `mutation($id: ID!, $attendance: [AttendanceInput!]!) {
  markAttendance(input: { workshopId: $id, attendance: $attendance }) {
    __typename
    ... on MarkAttendanceSuccess { registrations { attended member { handle } } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`;
const COMPLETE = `mutation($id: ID!) { completeWorkshop(id: $id) { __typename ... on WorkshopSuccess { workshop { status } } ... on Error { message } } }`;
const FEEDBACK = `mutation($id: ID!, $rating: Int!, $comment: String) {
  leaveWorkshopFeedback(workshopId: $id, rating: $rating, comment: $comment) {
    __typename
    ... on LeaveWorkshopFeedbackSuccess { registration { feedbackRating feedbackComment } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`;

/** The member's ledger entries for this workshop, oldest first, as [kind, weight]. */
async function ledger(memberId: string) {
  const rows = await t.db.prisma.contributionEntry.findMany({ where: { memberId }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => [r.direction, r.kind, r.weight, r.sourceType]);
}

const balance = async (memberId: string) =>
  (await t.db.prisma.contributionEntry.aggregate({ where: { memberId }, _sum: { weight: true } }))._sum.weight ?? 0;

describe('markAttendance', () => {
  it('credits a present participant at once, and corrects rather than edits when they turn out absent', async () => {
    const w = await workshop(t, { startsIn: -2 * HOUR, facilitatorIds: [facilitator.id] });
    const [present, absent] = await crowd(t, 'presence', 2);
    await fill(t, w.id, [present!, absent!], 2);
    const marked = result(
      await t.graphql(
        MARK,
        {
          id: w.gid,
          attendance: [
            { memberId: present!.gid, attended: true },
            { memberId: absent!.gid, attended: false },
          ],
        },
        facilitator.as,
      ),
      'markAttendance',
    );
    expect(marked.registrations).toEqual([
      { attended: true, member: { handle: present!.handle } },
      { attended: false, member: { handle: absent!.handle } },
    ]);
    expect(await ledger(present!.id)).toEqual([['RECEIVED', 'WORKSHOP_ATTENDED', 1, 'Workshop']]);
    expect(await ledger(absent!.id)).toEqual([]);
    // Marking again changes nothing; a change of mind appends corrections, and the balance follows.
    await t.graphql(MARK, { id: w.gid, attendance: [{ memberId: present!.gid, attended: true }] }, facilitator.as);
    expect(await balance(present!.id)).toBe(1);
    await t.graphql(MARK, { id: w.gid, attendance: [{ memberId: present!.gid, attended: false }] }, admin.as);
    expect(await ledger(present!.id)).toEqual([
      ['RECEIVED', 'WORKSHOP_ATTENDED', 1, 'Workshop'],
      ['RECEIVED', 'CORRECTION', -1, 'ContributionEntry'],
    ]);
    await t.graphql(MARK, { id: w.gid, attendance: [{ memberId: present!.gid, attended: true }] }, admin.as);
    expect(await balance(present!.id)).toBe(1);
    expect(await ledger(present!.id)).toHaveLength(3);
  });

  it('waits for the start, and only marks members holding a confirmed seat', async () => {
    const soon = await workshop(t, { facilitatorIds: [facilitator.id] });
    const [seated, waiting] = await crowd(t, 'trop-tot', 2);
    await fill(t, soon.id, [seated!, waiting!], 1);
    expect(
      result(
        await t.graphql(
          MARK,
          { id: soon.gid, attendance: [{ memberId: seated!.gid, attended: true }] },
          facilitator.as,
        ),
        'markAttendance',
      ),
    ).toEqual({
      __typename: 'ConflictError',
      message: 'Attendance can be marked once the workshop has started.',
    });
    const started = await workshop(t, { startsIn: -HOUR, facilitatorIds: [facilitator.id] });
    await fill(t, started.id, [seated!, waiting!], 1);
    const refused = result(
      await t.graphql(
        MARK,
        {
          id: started.gid,
          attendance: [
            { memberId: seated!.gid, attended: true },
            { memberId: waiting!.gid, attended: true },
          ],
        },
        facilitator.as,
      ),
      'markAttendance',
    );
    expect(refused.fieldErrors).toEqual([
      {
        path: ['input', 'attendance', '1', 'memberId'],
        message: 'This member holds no confirmed seat for this workshop.',
      },
    ]);
    expect(await ledger(seated!.id)).toEqual([]);
  });

  it('is refused to members who do not facilitate the workshop', async () => {
    const w = await workshop(t, { startsIn: -HOUR });
    const other = await person(t, 'autre');
    const refused = await t.graphql(
      MARK,
      { id: w.gid, attendance: [{ memberId: other.gid, attended: true }] },
      facilitator.as,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('completeWorkshop and feedback', () => {
  it('credits the facilitators once the workshop has ended, then lets those present rate it', async () => {
    const co = await person(t, 'co-animatrice');
    const w = await workshop(t, { startsIn: -DAY, facilitatorIds: [facilitator.id, co.id] });
    const [came, missed] = await crowd(t, 'avis', 2);
    await fill(t, w.id, [came!, missed!], 2);
    await t.graphql(
      MARK,
      {
        id: w.gid,
        attendance: [
          { memberId: came!.gid, attended: true },
          { memberId: missed!.gid, attended: false },
        ],
      },
      facilitator.as,
    );
    const early = result(await t.graphql(FEEDBACK, { id: w.gid, rating: 5 }, came!.as), 'leaveWorkshopFeedback');
    expect(early).toEqual({ __typename: 'ConflictError', message: 'Feedback opens once the workshop is completed.' });

    const before = await balance(facilitator.id);
    expect(result(await t.graphql(COMPLETE, { id: w.gid }, facilitator.as), 'completeWorkshop').workshop.status).toBe(
      'COMPLETED',
    );
    expect(await balance(facilitator.id)).toBe(before + 3);
    expect(await ledger(co.id)).toEqual([['GIVEN', 'WORKSHOP_FACILITATED', 3, 'Workshop']]);
    expect(result(await t.graphql(COMPLETE, { id: w.gid }, admin.as), 'completeWorkshop').__typename).toBe(
      'ConflictError',
    );
    const invited = await t.db.prisma.notification.findMany({
      where: { kind: 'workshop.feedback_requested', data: { path: ['workshopId'], equals: w.id } },
    });
    expect(invited.map((n) => n.memberId)).toEqual([came!.id]);

    const given = result(
      await t.graphql(FEEDBACK, { id: w.gid, rating: 4, comment: ' Très utile <b>merci</b> ' }, came!.as),
      'leaveWorkshopFeedback',
    );
    expect(given.registration).toEqual({ feedbackRating: 4, feedbackComment: 'Très utile merci' });
    const absentee = result(await t.graphql(FEEDBACK, { id: w.gid, rating: 5 }, missed!.as), 'leaveWorkshopFeedback');
    expect(absentee).toEqual({
      __typename: 'ConflictError',
      message: 'Only participants marked present can give feedback on this workshop.',
    });
    const outOfRange = result(await t.graphql(FEEDBACK, { id: w.gid, rating: 6 }, came!.as), 'leaveWorkshopFeedback');
    expect(outOfRange.fieldErrors).toEqual([{ path: ['rating'], message: 'Rate from 1 to 5.' }]);
  });

  it('refuses to complete a workshop before its end', async () => {
    const w = await workshop(t, { startsIn: -HOUR, durationMs: 3 * HOUR, facilitatorIds: [facilitator.id] });
    expect(result(await t.graphql(COMPLETE, { id: w.gid }, facilitator.as), 'completeWorkshop')).toEqual({
      __typename: 'ConflictError',
      message: 'This workshop has not ended yet: complete it after its end.',
    });
    expect(await t.db.prisma.contributionEntry.count({ where: { sourceId: w.id } })).toBe(0);
  });
});
