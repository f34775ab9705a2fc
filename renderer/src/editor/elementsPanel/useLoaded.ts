/** A set loading: its index once there, or the error's text. */
import { useEffect, useState } from 'react';

export function useLoaded<T>(load: () => Promise<T>): { value: T | null; error: string | null } {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ value, error: null }),
      (error: unknown) => live && setState({ value: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
