/**
 * The scene transitions the installed ffmpeg has (`video.transitions`, common ones first), asked
 * once per window: the list does not change while the app runs. Empty until it arrives, or when
 * there is no ffmpeg (scenes then cut).
 */
import { useEffect, useState } from 'react';
import { getBridge } from '../../bridge';

let asked: Promise<string[]> | undefined;

function installedTransitions(): Promise<string[]> {
  asked ??= getBridge()
    .api['video.transitions']({})
    .then(({ transitions }) => transitions)
    .catch(() => {
      asked = undefined;
      return [];
    });
  return asked;
}

export function useTransitions(): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void installedTransitions().then((list) => {
      if (live) setNames(list);
    });
    return () => {
      live = false;
    };
  }, []);
  return names;
}
