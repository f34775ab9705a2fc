/**
 * Where the user is, kept in the URL hash (#/, #/trash, #/library, #/editorial, #/meme, #/templates[/<id>], #/calendar, #/design/<id>, #/post/<id>) so a reload, or Electron
 * restoring the window, lands on the same screen. The hash never reaches a server.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';

export type Route = { name: 'home' } | { name: 'trash' } | { name: 'library' } | { name: 'editorial' } | { name: 'meme' } | { name: 'templates'; templateId?: string } | { name: 'calendar' } | { name: 'editor'; designId: string } | { name: 'post'; postId: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/trash') return { name: 'trash' };
  if (path === '/library') return { name: 'library' };
  if (path === '/editorial') return { name: 'editorial' };
  if (path === '/meme') return { name: 'meme' };
  if (path === '/templates') return { name: 'templates' };
  if (path === '/calendar') return { name: 'calendar' };
  const template = /^\/templates\/(bank:[a-z0-9-]{1,60})$/.exec(path);
  if (template) return { name: 'templates', templateId: template[1] };
  const editor = /^\/design\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (editor) return { name: 'editor', designId: editor[1] };
  const post = /^\/post\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (post) return { name: 'post', postId: post[1] };
  return { name: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'trash':
      return '#/trash';
    case 'library':
      return '#/library';
    case 'editorial':
      return '#/editorial';
    case 'meme':
      return '#/meme';
    case 'templates':
      return route.templateId ? `#/templates/${route.templateId}` : '#/templates';
    case 'calendar':
      return '#/calendar';
    case 'editor':
      return `#/design/${route.designId}`;
    case 'post':
      return `#/post/${route.postId}`;
  }
}

/**
 * The route in the address's hash, and a way to go elsewhere. A change of screen is a transition:
 * the screen shown stays until the next one's code has loaded, rather than a blank page followed by
 * React's throttled reveal of a suspended screen (300 ms at the least, the calendar's whole budget).
 */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));

  useEffect(() => {
    const onChange = () => startTransition(() => setRoute(parseRoute(window.location.hash)));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    startTransition(() => setRoute(next));
  }, []);

  return [route, navigate];
}
