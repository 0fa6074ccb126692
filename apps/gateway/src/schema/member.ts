// Members: the public face of a member's profile. Private fields arrive with the identity work.
import { builder } from './builder.ts';

export const MemberType = builder.prismaNode('Member', {
  description: 'A member of the federation (membre): an independent, a collective or an association.',
  id: { field: 'id' },
  fields: (t) => ({
    handle: t.exposeString('handle', { description: 'Unique, URL-safe name, used in public page addresses.' }),
    displayName: t.exposeString('displayName', { description: 'Name as the member wants it shown.' }),
    headline: t.exposeString('headline', { description: 'One line on what the member does.' }),
    city: t.exposeString('city', { description: 'City (ville); may be empty.' }),
    region: t.exposeString('region', { description: 'French region (région); may be empty.' }),
  }),
});
