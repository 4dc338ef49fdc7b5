import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Renders its children once they come near the viewport, and a box of the
 * given height until then: fifty small charts below the fold should not
 * delay the table above them.
 */
export function LazyMount({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (shown || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setShown(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown(true);
      },
      { rootMargin: '300px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);
  return shown ? children : <div ref={box} style={{ minHeight: height }} aria-hidden="true" />;
}
