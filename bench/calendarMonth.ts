/**
 * calendar-month-500-posts (docs/architecture.md, Budgets; issue 14): the calendar's month view with
 * 500 posts, measured in Chromium against the real app in browser mode. 500 posts are saved through
 * the API (posts.save) over this month's days, in three zones, on several networks and pillars;
 * then, in fresh pages, from navigation start (performance.timeOrigin) to the first animation frame
 * in which the month grid is drawn with every one of the 500 posts accounted for (the chips shown
 * plus the "+N more" counts of its days). Median of 5 fresh page loads after one warm-up.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { NETWORKS } from '../core/formats/constants';
import type { Editorial, PostInput } from '../core/schema/posts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import buildRendererIfStale from '../e2e/browser/globalSetup';
import { startAppServer, type AppServer } from '../e2e/browser/server';
import { api, openLink, type BenchResult } from './editorFps';
import { median } from './stats';

export const CALENDAR_IDS = ['calendar-month-500-posts'] as const;
const POSTS = 500;
const RUNS = 5;
const ZONE = 'Europe/Paris';

function thisMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
}

/** 500 posts over this month's days (at most the 28th, so every month holds them), at various times. */
function seedPosts(month: string): PostInput[] {
  const zones = [ZONE, ZONE, ZONE, 'America/New_York', 'Asia/Tokyo'];
  return Array.from({ length: POSTS }, (_, i) => {
    const day = `${month}-${String((i % 28) + 1).padStart(2, '0')}`;
    const hour = 8 + ((i * 7) % 12);
    const zone = zones[i % zones.length];
    // Posts planned elsewhere are placed so that their Paris day stays inside the month.
    const local = zone === ZONE ? `${day}T${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '00'}` : `${day}T12:00`;
    return {
      id: `bench-post-${i}`,
      title: `Post ${i + 1}: ${['Tip of the day', 'Behind the scenes', 'Product news', 'Customer story'][i % 4]}`,
      status: (['idea', 'draft', 'ready', 'scheduled', 'published'] as const)[i % 5],
      pillarId: ['tips', 'news', 'stories'][i % 3],
      notes: '',
      at: { local, zone },
      designIds: [],
      master: { caption: `Caption ${i}`, hashtags: ['#bench'], firstComment: '', link: '' },
      targets: [NETWORKS[i % NETWORKS.length], NETWORKS[(i + 3) % NETWORKS.length]].map((network) => ({ network })),
    };
  });
}

async function seed(server: AppServer, month: string): Promise<void> {
  const call = api(server);
  const { editorial } = await call<{ editorial: Editorial }>('editorial.get');
  await call('editorial.save', {
    ...editorial,
    pillars: [
      { id: 'tips', name: 'Tips', color: '#2a9d8f', targetShare: 40, hashtagGroupIds: [] },
      { id: 'news', name: 'News', color: '#e76f51', targetShare: 30, hashtagGroupIds: [] },
      { id: 'stories', name: 'Stories', color: '#264653', targetShare: 30, hashtagGroupIds: [] },
    ],
    slots: [], // an empty slot's tile would count in a day's "+N more"
    settings: { ...editorial.settings, timeZone: ZONE },
  } satisfies Editorial);
  for (const post of seedPosts(month)) await call('posts.save', post);
}

interface Shown {
  at: number;
  chips: number;
  /** When the page's DOMContentLoaded handlers had run. */
  domReady: number;
  /** First frame where the calendar screen (its toolbar) was there, posts or not. */
  screenAt: number;
}

/** The first animation frame where the month grid accounts for all the posts: its time since navigation start. */
async function monthShown(page: Page, timeout = 60_000): Promise<Shown> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const w = window as unknown as { __benchScreenAt?: number };
      if (document.querySelector('[data-testid="calendar"]')) w.__benchScreenAt ??= performance.now();
      const grid = document.querySelector('[data-testid="calendar-month"][data-ready]');
      if (!grid) return false;
      const chips = grid.querySelectorAll('[data-testid="post-chip"]').length;
      let hidden = 0;
      for (const more of grid.querySelectorAll('[data-testid="month-more"]')) hidden += Number(/\d+/.exec(more.textContent ?? '')?.[0] ?? 0);
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return chips + hidden === wanted ? { at: performance.now(), chips, domReady: navigation?.domContentLoadedEventEnd ?? 0, screenAt: w.__benchScreenAt ?? 0 } : false;
    },
    POSTS,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as Shown;
}

async function openMonth(browser: Browser, server: AppServer): Promise<BenchResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  try {
    const setup = await context.newPage();
    await setup.goto(await openLink(server)); // sets the session cookie
    await setup.close();
    const runs: Shown[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/#/calendar`, { waitUntil: 'commit' });
      const shown = await monthShown(page).catch(async (error: Error) => {
        const seen = await page.evaluate(() => document.querySelectorAll('[data-testid="post-chip"]').length);
        throw new Error(`${error.message} (${seen} chips on the page)`);
      });
      if (run > 0) runs.push(shown); // the first load warms the HTTP cache and opens posts.json
      await page.close();
    }
    const ms = (pick: (shown: Shown) => number) => median(runs.map(pick)).toFixed(0);
    return {
      id: 'calendar-month-500-posts',
      value: median(runs.map((shown) => shown.at)),
      unit: 'ms',
      budget: 300,
      kind: 'max',
      note: `Chromium headless, 1440x900: navigation to the month grid drawn with all ${POSTS} posts (${runs[0]?.chips ?? 0} chips, the rest behind "+N more"), median of ${RUNS} (runs: ${runs.map((r) => r.at.toFixed(0)).join(', ')}; medians: DOM ready ${ms((r) => r.domReady)}, screen up ${ms((r) => r.screenAt)})`,
    };
  } finally {
    await context.close();
  }
}

/** The calendar benchmark; [] (with a message) when no Chromium can be launched. */
export async function calendarBenchmarks(): Promise<BenchResult[]> {
  buildRendererIfStale();
  let browser: Browser;
  try {
    browser = await chromium.launch({ headless: true, executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  } catch (error) {
    console.warn(`calendar benchmark skipped: Chromium could not be launched (${(error as Error).message.split('\n')[0]})`);
    return [];
  }
  let server: AppServer | null = null;
  try {
    server = await startAppServer();
    await seed(server, thisMonth());
    return [await openMonth(browser, server)];
  } finally {
    await browser.close();
    await server?.stop();
  }
}
