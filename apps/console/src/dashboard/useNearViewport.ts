// A chart is drawn once its panel is on screen: on a phone, the charts below the key figures (and
// their 420 kB charting library) do not run while the dashboard loads, and a chart that appears
// never pushes what the admin is reading. Where the browser cannot tell (no IntersectionObserver),
// at once. Once shown, it stays.
import { useCallback, useRef, useState, type RefCallback } from 'react';

export function useNearViewport<T extends Element>(): [boolean, RefCallback<T>] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    if (!node || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      setNear(true);
      observer.current?.disconnect();
    });
    observer.current.observe(node);
  }, []);
  return [near, ref];
}
