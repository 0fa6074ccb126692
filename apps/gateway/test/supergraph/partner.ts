// A partner's small subgraph for the supergraph test: a cooperative's invoicing and venue service,
// built the way such a team would (Apollo's buildSubgraphSchema, served by graphql-yoga). It
// references our Member by handle and extends our Workshop with the venue it takes place in.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

export const PARTNER_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    "Invoices the cooperative issued, with the member billed."
    invoices: [Invoice!]!
    "Venues the cooperative rents, with the workshops held there."
    venues: [Venue!]!
  }

  type Invoice {
    number: String!
    amountCents: Int!
    client: Member
  }

  type Venue {
    name: String!
    stepFree: Boolean!
    workshops: [Workshop]!
  }

  type Member @key(fields: "handle") {
    handle: String!
    invoicesDue: Int!
  }

  type Workshop @key(fields: "slug") {
    slug: String!
    venue: Venue
  }
`;

export interface PartnerData {
  invoices: { number: string; amountCents: number; clientHandle: string }[];
  venue: { name: string; stepFree: boolean; workshopSlugs: string[] };
}

export async function startPartner(data: PartnerData): Promise<{ url: string; stop(): Promise<void> }> {
  const venue = () => ({
    name: data.venue.name,
    stepFree: data.venue.stepFree,
    workshops: data.venue.workshopSlugs.map((slug) => ({ slug })),
  });
  const schema = buildSubgraphSchema({
    typeDefs: parse(PARTNER_SDL),
    resolvers: {
      Query: {
        invoices: () => data.invoices.map((invoice) => ({ ...invoice, client: { handle: invoice.clientHandle } })),
        venues: () => [venue()],
      },
      Member: {
        __resolveReference: (ref: { handle: string }) => ({ handle: ref.handle }),
        invoicesDue: (member: { handle: string }) =>
          data.invoices.filter((invoice) => invoice.clientHandle === member.handle).length,
      },
      Workshop: {
        __resolveReference: (ref: { slug: string }) => ({ slug: ref.slug }),
        venue: (workshop: { slug: string }) => (data.venue.workshopSlugs.includes(workshop.slug) ? venue() : null),
      },
    } as never,
  });
  const server: Server = createServer(createYoga({ schema, graphqlEndpoint: '/graphql', logging: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
