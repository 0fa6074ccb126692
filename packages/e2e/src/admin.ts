// The admin's side of a journey, through the same generated client the console uses
// (persisted documents, session cookie, CSRF header).
import { AdmitApplicantDocument, ApplicantsDocument, createEkoClient, OutboxEmailsDocument, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { ADMIN } from './gateway.ts';

export async function adminClient(baseUrl: string) {
  let cookie = '';
  const client = createEkoClient({
    persisted: true,
    url: `${baseUrl}/graphql`,
    clientName: 'console',
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(input, { ...init, headers });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0]!;
      return response;
    },
  });
  const signedIn = await client.mutation(SignInWithPasswordDocument, ADMIN).toPromise();
  if (signedIn.data?.signInWithPassword.__typename !== 'SignInPayload') {
    throw new Error(`The admin could not sign in: ${JSON.stringify(signedIn.data ?? signedIn.error)}`);
  }

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
