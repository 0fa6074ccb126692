// GraphQL Code Generator: typed documents for both apps from the committed schema (the contract
// package's schema.graphql) and the operations under documents/. Output goes to src/generated/
// (git-ignored, never hand-edited); scripts/cache-schema.mjs then writes the schema Graphcache needs.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { SCHEMA_FILE } from '@ekoacteurs/contract/schema-file';

const config: CodegenConfig = {
  schema: SCHEMA_FILE,
  documents: ['documents/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    './src/generated/': {
      preset: 'client',
      // Graphcache adds __typename to every selection; adding it at build time keeps the
      // documents (and their persisted hashes) identical to what the cache sends.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        // Each document carries its sha256; persisted-documents.json maps hashes to documents
        // for the gateway's persisted-operations store.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        // _Any: the references a federation router sends to _entities (the apps never do).
        scalars: { DateTime: 'string', Date: 'string', JSON: 'Record<string, unknown>', _Any: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
