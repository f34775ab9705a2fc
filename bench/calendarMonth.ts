/**
 * The calendar's month view with 500 posts (docs/architecture.md, Budgets; issue 14), measured in
 * Chromium against the real app in browser mode. 500 posts are saved through the API (posts.save)
 * over this month's days, in three zones, on several networks and pillars. Two rows, one run, fresh
 * pages in one browser context (one HTTP cache), cold and warm pages alternating, median of 5 after
 * one warm-up each:
 * - `calendar-month-500-posts` (budget 300 ms): the app open on the home screen, loaded and idle; from
 *   `performance.now()` right before a click on the header's Calendar link to the first animation
 *   frame in which the month grid accounts for every post (the chips shown plus the "+N more" counts
 *   of its days);
 * - `calendar-cold-open-500-posts` (budget 500 ms, the editor's cold open): from navigation start
 *   (performance.timeOrigin) to #/calendar to that same frame, with DOM ready and the calendar
 *   screen's first frame in the note.
 * AFFICHE_BENCH_PROFILE=1 prints a CPU profile (top self times) of the first measured click.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { NETWORKS } from '../core/formats/constants';
import type { Editorial, PostInput } from '../core/schema/posts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import buildRendererIfStale from '../e2e/browser/globalSetup';
import { startAppServer, type AppServer } from '../e2e/browser/server';
import { api, openLink, startProfiler, type BenchResult } from './editorFps';
import { median } from './stats';

export const CALENDAR_IDS = ['calendar-month-500-posts', 'calendar-cold-open-500-posts'] as const;
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

interface Watch {
  wanted: number;
  /** Click the header's Calendar link first, and count from just before the click. */
  click: boolean;
  timeout: number;
}

/**
 * In the page, once per animation frame until the month grid accounts for every post: notes the
 * calendar screen's first frame, and answers that moment with the chips shown. Times are since
 * navigation start, or since the click (taken with `performance.now()` right before it).
 */
function watchMonth({ wanted, click, timeout }: Watch): Promise<Shown> {
  return new Promise<Shown>((resolve, reject) => {
    const from = click ? performance.now() : 0;
    const until = performance.now() + timeout;
    let screenAt = 0;
    const frame = () => {
      if (!screenAt && document.querySelector('[data-testid="calendar"]')) screenAt = performance.now();
      const grid = document.querySelector('[data-testid="calendar-month"][data-ready]');
      if (grid) {
        const chips = grid.querySelectorAll('[data-testid="post-chip"]').length;
        let hidden = 0;
        for (const more of grid.querySelectorAll('[data-testid="month-more"]')) hidden += Number(/\d+/.exec(more.textContent ?? '')?.[0] ?? 0);
        if (chips + hidden === wanted) {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return resolve({ at: performance.now() - from, chips, domReady: click ? 0 : (navigation?.domContentLoadedEventEnd ?? 0), screenAt: screenAt - from });
        }
      }
      if (performance.now() > until) return reject(new Error('the month grid never accounted for all the posts'));
      requestAnimationFrame(frame);
    };
    if (click) {
      const link = document.querySelector<HTMLElement>('[data-testid="nav-calendar"]');
      if (!link) return reject(new Error('no Calendar link in the header'));
      link.click();
    }
    requestAnimationFrame(frame);
  });
}

/** Cold: from navigation start (the page has just committed) to the month grid with all the posts. */
const monthShown = (page: Page) => page.evaluate(watchMonth, { wanted: POSTS, click: false, timeout: 60_000 });

/** Warm: from the click on the header's Calendar link to the month grid with all the posts. */
const clickToMonth = (page: Page) => page.evaluate(watchMonth, { wanted: POSTS, click: true, timeout: 60_000 });

/**
 * The home screen loaded and idle: shown, then a second for its first calls and pictures, then an idle
 * callback (not "no request for 500 ms": the page keeps an event stream open for library changes).
 */
async function homeIdle(page: Page, server: AppServer): Promise<void> {
  await page.goto(`${server.origin}/#/`);
  await page.getByTestId('home').waitFor();
  await page.waitForTimeout(1000);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}

const chipsNote = (runs: readonly Shown[]) => `${runs[0]?.chips ?? 0} chips, the rest behind "+N more"`;

/** `calendar-month-500-posts` and `calendar-cold-open-500-posts`, in one context (one HTTP cache) and one run. */
async function openMonth(browser: Browser, server: AppServer): Promise<BenchResult[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  try {
    // tsx names the page functions' inner closures with its __name helper; the page has none.
    await context.addInitScript('globalThis.__name ??= (fn) => fn;');
    const setup = await context.newPage();
    await setup.goto(await openLink(server)); // sets the session cookie
    await setup.close();
    const failing = async (page: Page, error: Error): Promise<never> => {
      const seen = await page.evaluate(() => document.querySelectorAll('[data-testid="post-chip"]').length).catch(() => '?');
      throw new Error(`${error.message} (${seen} chips on the page)`);
    };
    const cold: Shown[] = [];
    const warm: Shown[] = [];
    for (let run = 0; run <= RUNS; run++) {
      // The first of each kind warms the HTTP cache and opens posts.json; both kinds alternate.
      const coldPage = await context.newPage();
      await coldPage.goto(`${server.origin}/#/calendar`, { waitUntil: 'commit' });
      const coldShown = await monthShown(coldPage).catch((error: Error) => failing(coldPage, error));
      if (run > 0) cold.push(coldShown);
      await coldPage.close();
      const warmPage = await context.newPage();
      await homeIdle(warmPage, server);
      const profiler = process.env.AFFICHE_BENCH_PROFILE && run === 1 ? await startProfiler(warmPage) : null;
      const warmShown = await clickToMonth(warmPage).catch((error: Error) => failing(warmPage, error));
      if (profiler) console.log(`calendar click profile, self time (ms), first measured run:\n${await profiler()}`);
      if (run > 0) warm.push(warmShown);
      await warmPage.close();
    }
    const ms = (runs: readonly Shown[], pick: (shown: Shown) => number) => median(runs.map(pick)).toFixed(0);
    const list = (runs: readonly Shown[]) => runs.map((r) => r.at.toFixed(0)).join(', ');
    return [
      {
        id: 'calendar-month-500-posts',
        value: median(warm.map((shown) => shown.at)),
        unit: 'ms',
        budget: 300,
        kind: 'max',
        note: `Chromium headless, 1440x900, the app open on the home screen (loaded, idle): from the click on the header's Calendar link to the month grid drawn with all ${POSTS} posts (${chipsNote(warm)}), median of ${RUNS} fresh pages (runs: ${list(warm)}; median to the calendar screen's first frame ${ms(warm, (r) => r.screenAt)})`,
      },
      {
        id: 'calendar-cold-open-500-posts',
        value: median(cold.map((shown) => shown.at)),
        unit: 'ms',
        budget: 500,
        kind: 'max',
        note: `Chromium headless, 1440x900: navigation start to #/calendar to the month grid drawn with all ${POSTS} posts (${chipsNote(cold)}), median of ${RUNS} fresh page loads (runs: ${list(cold)}; medians: DOM ready ${ms(cold, (r) => r.domReady)}, screen up ${ms(cold, (r) => r.screenAt)}); budget: the editor's cold open (a reload or a restored window starting there)`,
      },
    ];
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
    return await openMonth(browser, server);
  } finally {
    await browser.close();
    await server?.stop();
  }
}
