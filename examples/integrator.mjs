#!/usr/bin/env node
// An integrator's first script, from docs/api.md alone: with a personal token it reads who it acts
// for, a page of the directory and the upcoming workshops, listens to its notifications (Server-Sent
// Events), registers for the first workshop with a free seat and prints the notification that follows.
// Node 20+, no dependency. Usage:
//   EKO_TOKEN=eko_pat_… [EKO_API=http://localhost:4000/graphql] node examples/integrator.mjs
const API = process.env.EKO_API ?? 'http://localhost:4000/graphql';
const TOKEN = process.env.EKO_TOKEN;
if (!TOKEN) {
  console.error(
    'Set EKO_TOKEN to a personal token with read:network and write:workshops (portal › Paramètres › Jetons d’API).',
  );
  process.exit(2);
}
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

/** One GraphQL request; request-level errors (bad token, missing scope, limits) stop the script. */
async function graphql(query, variables = {}) {
  const response = await fetch(API, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) {
    const [error] = body.errors;
    throw new Error(`${error.extensions?.code ?? response.status}: ${error.message}`);
  }
  return body.data;
}

/** Follows a subscription over Server-Sent Events; calls onEvent with each `data:` payload. */
async function subscribe(query, onEvent) {
  const controller = new AbortController();
  const response = await fetch(API, {
    method: 'POST',
    headers: { ...headers, accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  if (!response.ok) throw new Error(`subscription refused: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (data) onEvent(JSON.parse(data));
      }
    }
  })();
  return () => controller.abort();
}

const { viewer } = await graphql('{ viewer { handle displayName } }');
console.log(`Signed in as ${viewer.displayName} (@${viewer.handle})`);

const { members } = await graphql(
  '{ members(first: 5) { totalCount edges { node { handle displayName headline } } } }',
);
console.log(
  `Directory: ${members.totalCount} members; first ones: ${members.edges.map((edge) => edge.node.displayName).join(', ')}`,
);

const { workshops } = await graphql(
  'query($from: DateTime!) { workshops(first: 20, from: $from) { edges { node { id title startsAt seatsLeft viewerRegistration { status } } } } }',
  { from: new Date().toISOString() },
);
const open = workshops.edges
  .map((edge) => edge.node)
  .find((workshop) => workshop.seatsLeft > 0 && !workshop.viewerRegistration);
if (!open) {
  console.log('No upcoming workshop with a free seat that you are not registered for.');
  process.exit(0);
}

const received = new Promise((resolve) => {
  const stop = subscribe('subscription { notificationAdded { id kind data } }', (event) => {
    stop.then((close) => close());
    resolve(event.data.notificationAdded);
  });
});
// Give the stream a moment to be open before acting, so the notification is not missed.
await new Promise((resolve) => setTimeout(resolve, 300));

const { registerForWorkshop: result } = await graphql(
  `
    mutation ($id: ID!) {
      registerForWorkshop(workshopId: $id) {
        __typename
        ... on RegistrationSuccess {
          registration {
            status
            waitlistPosition
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  { id: open.id },
);
if (result.__typename !== 'RegistrationSuccess') throw new Error(`${result.code}: ${result.message}`);
console.log(`Registered for "${open.title}" (${open.startsAt}): ${result.registration.status}`);

const timeout = setTimeout(() => {
  console.error('No notification within 10 s.');
  process.exit(1);
}, 10_000);
const notification = await received;
clearTimeout(timeout);
console.log(`Notification: ${notification.kind} ${JSON.stringify(notification.data)}`);
process.exit(0);
