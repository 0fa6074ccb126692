// Transitional re-export: the API's input rules live in @ekoacteurs/contract/input-rules (the
// contract the gateway and the client both read). The portal's forms still import them from here;
// once they import the contract, this file and the "./input-rules" export go. Not in the published
// build (tsconfig.build.json): integrators get the rules' effect from the API's validation errors.
export * from '@ekoacteurs/contract/input-rules';
