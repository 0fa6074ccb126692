// An exchange whose code arrives later: operations sent before it has loaded wait, in order, and
// go through it once it is there. The apps' normalised cache (Graphcache, the schema it reads and
// every area's updaters with the documents they name) is such an exchange, so none of it is in the
// JavaScript a browser needs before the first paint; its chunk loads while React renders.
import type { Exchange, Operation, OperationResult } from '@urql/core';
import { make, makeSubject, pipe, subscribe } from 'wonka';

export function lazyExchange(load: () => Promise<Exchange>): Exchange {
  // Started at once (with the client), not at the first operation.
  let loading: Promise<Exchange> | null = null;
  const loaded = () => (loading ??= load());
  loaded();
  return ({ forward, client, dispatchDebug }) =>
    (operations$) =>
      make<OperationResult>(({ next, complete }) => {
        const input = makeSubject<Operation>();
        const waiting: Operation[] = [];
        let ready = false;
        let ended = false;
        let results: { unsubscribe(): void } | null = null;
        const upstream = pipe(
          operations$,
          subscribe((operation: Operation) => (ready ? input.next(operation) : waiting.push(operation))),
        );
        void loaded().then((exchange) => {
          if (ended) return;
          results = pipe(exchange({ forward, client, dispatchDebug })(input.source), subscribe(next));
          ready = true;
          for (const operation of waiting.splice(0)) input.next(operation);
        });
        return () => {
          ended = true;
          upstream.unsubscribe();
          results?.unsubscribe();
          input.complete();
          complete();
        };
      });
}
