// Renders a screen as the portal does, at an address: inside the urql Provider of the test's client
// (see `@ekoacteurs/client/test-support`) and a wouter Router on a memory location the test can read.
import { render } from '@testing-library/react';
import type { Client } from '@urql/core';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

export function renderAt(path: string, client: Client, ui: ReactNode) {
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Provider value={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>
    </Provider>,
  );
  return { ...view, location };
}
