import { useEffect, useRef, useState } from 'react';
import { asErrorValue, type UiError } from '../errors/error-messages';

/**
 * Loads image bytes for `key` (when `enabled`) and exposes them as an object URL, revoked when the key
 * changes or the component unmounts. A null key shows nothing.
 */
export function useObjectUrl(
  key: string | null,
  load: () => Promise<Uint8Array>,
  enabled = true,
): { url: string | null; bytes: Uint8Array | null; error: UiError | null } {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [state, setState] = useState<{
    key: string | null;
    url: string | null;
    bytes: Uint8Array | null;
    error: UiError | null;
  }>({
    key: null,
    url: null,
    bytes: null,
    error: null,
  });
  useEffect(() => {
    if (!key || !enabled) return;
    let alive = true;
    let url: string | null = null;
    loadRef
      .current()
      .then((bytes) => {
        if (!alive) return;
        url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
        setState({ key, url, bytes, error: null });
      })
      .catch((err) => alive && setState({ key, url: null, bytes: null, error: asErrorValue(err) }));
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [key, enabled]);
  return state.key === key ? state : { url: null, bytes: null, error: null };
}
