import { useEffect, useRef } from 'react';

/** Commands of the desktop app's menu (electron/main/menu.ts), delivered by the preload as a DOM event. */
export type MenuCommand = 'new-design';

const MENU_DOM_EVENT = 'affiche:menu';

/** Runs `onCommand` when the application menu sends `command`. Browser mode has no such menu. */
export function useMenuCommand(command: MenuCommand, onCommand: () => void): void {
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail === command) latest.current();
    };
    window.addEventListener(MENU_DOM_EVENT, listener);
    return () => window.removeEventListener(MENU_DOM_EVENT, listener);
  }, [command]);
}
