// A lazily loaded screen with its own Suspense boundary, so that what wraps the route (the
// members-only guard) commits before the screen's code arrives: the guard's queries then run once,
// instead of being started again on every render attempt of a suspended tree.
import { Skeleton } from '@ekoacteurs/ui/Feedback.tsx';
import { lazy, Suspense, type ComponentType } from 'react';

export function lazyScreen(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Screen = lazy(load);
  function LazyScreen() {
    return (
      <Suspense fallback={<Skeleton />}>
        <Screen />
      </Suspense>
    );
  }
  return LazyScreen;
}
