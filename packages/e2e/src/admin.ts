// The admin's side of a journey, through the same generated client the console uses
// (persisted documents, session cookie, CSRF header): admit applicants, read the outbox.
import { AdmitApplicantDocument, ApplicantsDocument, OutboxEmailsDocument } from '@ekoacteurs/client';
import { adminSession } from './session-client.ts';

export type AdminClient = Awaited<ReturnType<typeof adminClient>>;

export async function adminClient(baseUrl: string) {
  const client = await adminSession(baseUrl);

  return {
    async admit(email: string) {
      const applicants = await client.query(ApplicantsDocument, { first: 100 }, { requestPolicy: 'network-only' }).toPromise();
      const applicant = applicants.data?.applicants.edges.find((edge) => edge.node.email === email)?.node;
      if (!applicant) throw new Error(`No application from ${email}: ${JSON.stringify(applicants.error ?? applicants.data)}`);
      const admitted = await client.mutation(AdmitApplicantDocument, { memberId: applicant.id, message: 'Bienvenue !' }).toPromise();
      if (admitted.data?.admitApplicant.__typename !== 'MemberPayload') throw new Error(`Admission failed: ${JSON.stringify(admitted)}`);
    },
    /** The secret of the newest emailed link to this address, as the member would click it. */
    async linkSentTo(email: string, kind = 'sign-in-link'): Promise<string> {
      const outbox = await client.query(OutboxEmailsDocument, { to: email, first: 20 }, { requestPolicy: 'network-only' }).toPromise();
      const email_ = outbox.data?.outboxEmails.edges.map((edge) => edge.node).find((node) => node.kind === kind);
      const link = /(https?:\/\/\S+#token=[\w-]+)/.exec(email_?.text ?? '')?.[1];
      if (!link) throw new Error(`No ${kind} email to ${email}: ${JSON.stringify(outbox.data ?? outbox.error)}`);
      return link;
    },
  };
}
