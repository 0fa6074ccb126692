// The portal's real client (Graphcache with packages/client/src/cache/{profile,directory,
// introductions}.ts) over a stub endpoint: after each mutation, what the screens read changes
// without asking the server again; some changes show before the server answers.
import {
  DirectoryMembersDocument,
  IntroductionRequestDocument,
  IntroductionWithdrawDocument,
  MyIntroductionsDocument,
  MyPageDocument,
  MyPageSaveDocument,
  MyRecommendationsDocument,
  ProfilePaceSetDocument,
  RecommendationAcknowledgeDocument,
  RecommendationSendDocument,
  MyProfileDocument,
  ProfileUpdateDocument,
} from '../src/index.ts';
import { describe, expect, it } from 'vitest';
import {
  card,
  directoryPage,
  ELODIE,
  introduction,
  myIntroductions,
  myProfile,
  myRecommendations,
  recommendation,
  savedPage,
} from './fixtures/network.ts';
import { VIEWER_ID } from './fixtures/viewer.ts';
import { mutation, query, settle, stubEndpoint } from './support.ts';

const toElodie = {
  requester: {
    __typename: 'Member',
    id: VIEWER_ID,
    handle: 'camille-martin',
    displayName: 'Camille Martin',
    headline: '',
  },
  recipient: { __typename: 'Member', id: ELODIE.id, handle: 'elodie-faure', displayName: 'Élodie Faure', headline: '' },
};

describe('network screens in the cache', () => {
  it('a request sent heads "sent" at once', async () => {
    const sent = introduction({ id: 'SW50cm86Mg==', ...toElodie });
    const { client, calls } = stubEndpoint((name) => {
      if (name === 'MyIntroductions') return myIntroductions([introduction()], []);
      if (name === 'IntroductionRequest')
        return mutation('requestIntroduction', { __typename: 'IntroductionSuccess', introduction: sent });
      return 'pending';
    });
    await client.query(MyIntroductionsDocument, {}).toPromise();
    await client
      .mutation(IntroductionRequestDocument, { memberId: ELODIE.id, message: 'Bonjour, pouvons-nous échanger ?' })
      .toPromise();
    const viewer = client.readQuery(MyIntroductionsDocument, {})?.data?.viewer;
    expect(viewer?.introductionRequestsSent?.edges.map((edge) => edge.node.id)).toEqual(['SW50cm86Mg==']);
    expect(viewer?.introductionRequestsSent?.totalCount).toBe(1);
    expect(calls('MyIntroductions')).toHaveLength(1);
  });

  it('a recommendation given heads "given" at once', async () => {
    const given = recommendation({
      id: 'UmVjbzoy',
      from: { __typename: 'Member', id: VIEWER_ID, handle: 'camille-martin', displayName: 'Camille Martin' },
      to: { __typename: 'Member', id: ELODIE.id, handle: 'elodie-faure', displayName: 'Élodie Faure' },
    });
    const { client } = stubEndpoint((name) => {
      if (name === 'MyRecommendations') return myRecommendations([], [recommendation({ id: 'UmVjbzow' })]);
      if (name === 'RecommendationSend')
        return mutation('recommendMember', { __typename: 'RecommendationSuccess', recommendation: given });
      return 'pending';
    });
    await client.query(MyRecommendationsDocument, {}).toPromise();
    await client
      .mutation(RecommendationSendDocument, {
        input: { memberId: ELODIE.id, clientName: 'Mairie', note: 'Une très bonne graphiste.' },
      })
      .toPromise();
    const list = client.readQuery(MyRecommendationsDocument, {})?.data?.viewer?.recommendationsGiven;
    expect(list?.edges.map((edge) => edge.node.id)).toEqual(['UmVjbzoy', 'UmVjbzow']);
    expect(list?.totalCount).toBe(2);
  });

  it('withdrawing a request and taking up a recommendation are optimistic', async () => {
    const mine = introduction({ id: 'SW50cm86Mw==', ...toElodie });
    const { client } = stubEndpoint((name) => {
      if (name === 'MyIntroductions') return myIntroductions([], [mine]);
      if (name === 'MyRecommendations') return myRecommendations([recommendation()], []);
      return 'pending'; // The server never answers: what changes comes from the optimistic results.
    });
    await client.query(MyIntroductionsDocument, {}).toPromise();
    await client.query(MyRecommendationsDocument, {}).toPromise();
    client.mutation(IntroductionWithdrawDocument, { id: mine.id }).toPromise();
    client.mutation(RecommendationAcknowledgeDocument, { id: 'UmVjbzox' }).toPromise();
    await settle();
    expect(
      client.readQuery(MyIntroductionsDocument, {})?.data?.viewer?.introductionRequestsSent?.edges[0]?.node.status,
    ).toBe('WITHDRAWN');
    expect(
      client.readQuery(MyRecommendationsDocument, {})?.data?.viewer?.recommendationsReceived?.edges[0]?.node.status,
    ).toBe('ACKNOWLEDGED');
  });

  it('a first save links the page to the viewer, so the editor and preview follow', async () => {
    const page = savedPage();
    const { client } = stubEndpoint((name) => {
      if (name === 'MyPage')
        return query({
          viewer: {
            __typename: 'Member',
            id: VIEWER_ID,
            handle: 'camille-martin',
            displayName: 'Camille Martin',
            page: null,
          },
        });
      if (name === 'MyPageSave') return mutation('saveMyPage', { __typename: 'VisibilityPageSuccess', page });
      return 'pending';
    });
    await client.query(MyPageDocument, {}).toPromise();
    expect(client.readQuery(MyPageDocument, {})?.data?.viewer?.page).toBeNull();
    await client
      .mutation(MyPageSaveDocument, {
        input: { title: page.title, sections: [{ text: { title: 'Mon parcours', markdown: 'Bonjour' } }] },
      })
      .toPromise();
    const linked = client.readQuery(MyPageDocument, {})?.data?.viewer?.page;
    expect(linked?.id).toBe(page.id);
    expect(linked?.sections[0]).toMatchObject({ __typename: 'TextSection', html: '<p>Bonjour</p>' });
  });

  it('changing the pace shows at once, before the server answers', async () => {
    const { client } = stubEndpoint((name) => {
      if (name === 'MyProfile') return query({ viewer: myProfile() });
      return 'pending';
    });
    await client.query(MyProfileDocument, {}).toPromise();
    client.mutation(ProfilePaceSetDocument, { pace: 'PAUSED', note: ' En congé ' }).toPromise();
    await settle();
    expect(client.readQuery(MyProfileDocument, {})?.data?.viewer).toMatchObject({
      pace: 'PAUSED',
      paceNote: 'En congé',
    });
  });

  it('after a profile change, directory pages are read again (who matches may have changed)', async () => {
    let directoryReads = 0;
    const { client } = stubEndpoint((name) => {
      if (name === 'ProfileUpdate')
        return mutation('updateProfile', {
          __typename: 'ProfileSuccess',
          member: myProfile({ headline: 'Graphiste', region: 'Bretagne', contact: null }),
        });
      if (name === 'DirectoryMembers') {
        directoryReads += 1;
        return directoryPage([card('elodie-faure', 'Élodie Faure')]);
      }
      return 'pending';
    });
    const variables = { regions: ['Bretagne'], first: 20, after: null };
    await client.query(DirectoryMembersDocument, variables).toPromise();
    await client.query(DirectoryMembersDocument, variables).toPromise();
    expect(directoryReads).toBe(1);
    await client.mutation(ProfileUpdateDocument, { input: { region: 'Bretagne' } }).toPromise();
    await client.query(DirectoryMembersDocument, variables).toPromise();
    expect(directoryReads).toBe(2);
  });

  it('"Voir plus" merges the next page under the first, per search', async () => {
    const { client } = stubEndpoint((name, variables) => {
      if (name !== 'DirectoryMembers') return 'pending';
      return variables.after === 'c1'
        ? directoryPage([card('zoe-petit', 'Zoé Petit')], { total: 3 })
        : directoryPage([card('elodie-faure', 'Élodie Faure'), card('lea-roux', 'Léa Roux')], { total: 3, next: 'c1' });
    });
    await client.query(DirectoryMembersDocument, { search: 'graph', first: 2, after: null }).toPromise();
    const more = await client.query(DirectoryMembersDocument, { search: 'graph', first: 2, after: 'c1' }).toPromise();
    expect(more.data?.members?.edges.map((edge) => edge.node.handle)).toEqual([
      'elodie-faure',
      'lea-roux',
      'zoe-petit',
    ]);
    expect(more.data?.members?.pageInfo.hasNextPage).toBe(false);
  });
});
