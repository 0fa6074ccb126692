// "Mes données" in the portal: a requested export joins the top of myDataExports at once (its
// progress then comes from polling); the payloads and the leaving preview are value objects.
import type { RequestDataExportMutation } from '../generated/graphql.ts';
import type { CacheConfig } from './types.ts';

export const privacyCache: CacheConfig = {
  keys: {
    RequestDataExportSuccess: () => null,
    ErasureSuccess: () => null,
    LeavingPreview: () => null,
    LeavingCollective: () => null,
    LastCoordinatorError: () => null,
    ConfirmationMismatchError: () => null,
  },
  updates: {
    Mutation: {
      requestDataExport(result: RequestDataExportMutation, _args, cache) {
        const payload = result.requestDataExport;
        if (payload?.__typename !== 'RequestDataExportSuccess') return;
        const created = cache.keyOfEntity(payload.dataExport);
        const current = cache.resolve('Query', 'myDataExports');
        if (!created || !Array.isArray(current)) return;
        cache.link(
          'Query',
          'myDataExports',
          [created, ...(current as string[]).filter((key) => key !== created)].slice(0, 5),
        );
      },
    },
  },
};
