// The admin's side of a journey, through the same generated client the console uses
// (persisted documents, session cookie, CSRF header): admit applicants, read the outbox, find and
// cancel a member's upcoming workshop, pick another member of the seed.
import {
  AdminMembersDocument,
  AdminWorkshopsDocument,
  AdmitApplicantDocument,
  ApplicantsDocument,
  CancelWorkshopDocument,
  OutboxEmailsDocument,
  WorkshopParticipantsDocument,
} from '@ekoacteurs/client';
import { adminSession } from './session-client.ts';

export type AdminClient = Awaited<ReturnType<typeof adminClient>>;

export async function adminClient(baseUrl: string) {
  const client = await adminSession(baseUrl);

  return {
    async admit(email: string) {
      const applicants = await client
        .query(ApplicantsDocument, { first: 100 }, { requestPolicy: 'network-only' })
        .toPromise();
      const applicant = applicants.data?.applicants?.edges.find((edge) => edge.node.email === email)?.node;
      if (!applicant)
        throw new Error(`No application from ${email}: ${JSON.stringify(applicants.error ?? applicants.data)}`);
      const admitted = await client
        .mutation(AdmitApplicantDocument, { memberId: applicant.id, message: 'Bienvenue !' })
        .toPromise();
      if (admitted.data?.admitApplicant.__typename !== 'MemberSuccess')
        throw new Error(`Admission failed: ${JSON.stringify(admitted)}`);
    },
    /** The secret of the newest emailed link to this address, as the member would click it. */
    async linkSentTo(email: string, kind = 'sign-in-link'): Promise<string> {
      const outbox = await client
        .query(OutboxEmailsDocument, { to: email, first: 20 }, { requestPolicy: 'network-only' })
        .toPromise();
      const email_ = outbox.data?.outboxEmails?.edges.map((edge) => edge.node).find((node) => node.kind === kind);
      const link = /(https?:\/\/\S+#token=[\w-]+)/.exec(email_?.text ?? '')?.[1];
      if (!link) throw new Error(`No ${kind} email to ${email}: ${JSON.stringify(outbox.data ?? outbox.error)}`);
      return link;
    },
    /** The subjects of the emails of this kind queued for this address. */
    async emailsTo(email: string, kind: string): Promise<string[]> {
      const outbox = await client
        .query(OutboxEmailsDocument, { to: email, first: 50 }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!outbox.data?.outboxEmails) throw new Error(`Outbox unreadable: ${JSON.stringify(outbox.error)}`);
      return outbox.data.outboxEmails.edges
        .map((edge) => edge.node)
        .filter((node) => node.kind === kind)
        .map((node) => node.subject);
    },
    /** The first upcoming published workshop where this member holds a confirmed seat. */
    async upcomingWorkshopOf(email: string): Promise<{ id: string; title: string }> {
      const workshops = await client
        .query(
          AdminWorkshopsDocument,
          { first: 50, status: 'PUBLISHED', upcoming: true },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      for (const { node } of workshops.data?.workshops?.edges ?? []) {
        const seats = await client
          .query(
            WorkshopParticipantsDocument,
            { slug: node.slug, status: 'CONFIRMED', first: 100 },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (seats.data?.workshop?.participants?.edges.some((edge) => edge.node.member?.email === email))
          return { id: node.id, title: node.title };
      }
      throw new Error(
        `No upcoming workshop with a seat for ${email}: ${JSON.stringify(workshops.error ?? workshops.data)}`,
      );
    },
    async cancelWorkshop(id: string, reason: string) {
      const cancelled = await client.mutation(CancelWorkshopDocument, { id, reason }).toPromise();
      const typename = cancelled.data?.cancelWorkshop.__typename ?? '';
      if (typename !== 'WorkshopSuccess') throw new Error(`Cancelling failed: ${JSON.stringify(cancelled)}`);
    },
  };
}

/** An active member of the seed other than `except`, as the console lists them (name and address). */
export async function anotherMember(baseUrl: string, except: string): Promise<{ displayName: string; email: string }> {
  const client = await adminSession(baseUrl);
  const result = await client.query(AdminMembersDocument, { first: 20, statuses: ['ACTIVE'] }).toPromise();
  const member = result.data?.members?.edges
    .map((edge) => edge.node)
    .find((node) => node.role === 'MEMBER' && node.email && node.email !== except && !/[’']/.test(node.displayName));
  if (!member?.email) throw new Error(`No other active member: ${JSON.stringify(result.error ?? result.data)}`);
  return { displayName: member.displayName, email: member.email };
}
