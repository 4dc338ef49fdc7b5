import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../../../shared/content';
import type { Platform } from '../../../../../shared/entities';
import { request } from '../../../api/client';

const DELAY_MS = 200;

/**
 * content.check on the caption as it is typed, a moment after the typing
 * pauses; an answer for text that has since changed is dropped.
 */
export function useCaptionCheck(caption: string, platform: Platform, brandId: number | null) {
  // The findings with the text they are about, so marks never land on newer text.
  const [result, setResult] = useState<{ caption: string; findings: Finding[] }>({ caption: '', findings: [] });
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const asked = ++latest.current;
    if (caption.trim() === '') {
      setResult({ caption: '', findings: [] });
      setChecking(false);
      setError(null);
      return;
    }
    setChecking(true);
    const timer = setTimeout(() => {
      request('content.check', { caption, platform, brandId })
        .then((found) => {
          if (asked !== latest.current) return;
          setResult({ caption, findings: found });
          setError(null);
        })
        .catch((err: Error) => {
          if (asked === latest.current) setError(err.message);
        })
        .finally(() => {
          if (asked === latest.current) setChecking(false);
        });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [caption, platform, brandId]);

  return { checked: result.caption, findings: result.findings, checking, error };
}
