// The block a person reads once the gateway is ready: where the portal, the console and the API
// are, and how to sign in to the demo. Readable lines (LOG_FORMAT=pretty) get it as a block on
// stdout; JSON logs get one "ready" record with the same addresses.
import type { DatabaseTarget } from '@ekoacteurs/db';
import type { Config } from './config.ts';
import { DEMO_ADMIN_EMAIL } from './demo.ts';
import type { Logger } from './logger.ts';

export interface ReadyInfo {
  portal: string;
  console: string;
  api: string;
  demo: { email: string; password: string } | null;
}

export function readyInfo(config: Config, port: number, target: DatabaseTarget): ReadyInfo {
  // PUBLIC_URL when the operator set it; else the port actually bound (PORT=0 picks a free one).
  const base = process.env.PUBLIC_URL ? config.PUBLIC_URL.replace(/\/$/, '') : `http://localhost:${port}`;
  const demoPassword =
    target.kind === 'pglite' && config.SEED_ON_FIRST_START
      ? (config.DEMO_ADMIN_PASSWORD ?? (config.NODE_ENV === 'production' ? null : 'ekoacteurs-demo'))
      : null;
  return {
    portal: `${base}/`,
    console: `${base}/console`,
    api: `${base}/graphql`,
    // A password set explicitly in production is not repeated in the logs.
    demo:
      demoPassword === null
        ? null
        : {
            email: DEMO_ADMIN_EMAIL,
            password: config.DEMO_ADMIN_PASSWORD ? 'the DEMO_ADMIN_PASSWORD you set' : demoPassword,
          },
  };
}

export function printReady(deps: { config: Config; port: number; target: DatabaseTarget; logger: Logger }) {
  const info = readyInfo(deps.config, deps.port, deps.target);
  if (deps.config.LOG_FORMAT !== 'pretty') {
    deps.logger.info({ ...info, demo: info.demo?.email ?? null }, 'ready');
    return;
  }
  const database =
    deps.target.kind === 'pglite' ? `embedded database in ${deps.target.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    '',
    `  ÉkôActeurs is ready — ${database}`,
    '',
    `    Portal    ${info.portal}`,
    `    Console   ${info.console}`,
    `    API       ${info.api}${deps.config.GRAPHIQL ? '   (GraphiQL in a browser)' : ''}`,
    ...(info.demo
      ? ['', `    Demo sign-in   ${info.demo.email} / ${info.demo.password}   at ${info.portal}connexion`]
      : []),
    '',
    '  Ctrl-C stops it; the data stays.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
