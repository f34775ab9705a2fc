/**
 * The editor's "Preview" dialog: the design in a phone as a follower sees it on its network,
 * swiped with the mouse, the arrow keys or a trackpad (Frames.tsx, SlideStrip.tsx, swipe.ts), and
 * a second tab with Instagram's profile grid (ProfileGrid.tsx). A native <dialog> (Modal): focus
 * stays inside, Escape closes. Loaded with the dialog, never with the editor's first frame.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { Design } from '../../../core/schema/design';
import { Modal } from '../shared/Modal';
import { NetworkFrame } from './Frames';
import { previewPlan, slideBox } from './previewPlan';
import { ProfileGrid } from './ProfileGrid';
import { goTo, initialSwipe, step, type SwipeState } from './swipe';
import { useSlideImages } from './useSlideImages';
import './preview.css';

const TABS = ['swipe', 'grid'] as const;
type Tab = (typeof TABS)[number];

/** Slides are drawn this many times the CSS size of their box, for sharp pixels on dense screens. */
const PIXEL_RATIO = 2;

export default function PreviewDialog({ design, onClose }: { design: Design; onClose: () => void }) {
  const { t } = useTranslation();
  const plan = useMemo(() => previewPlan(design), [design]);
  const box = useMemo(() => slideBox(plan), [plan]);
  const [tab, setTab] = useState<Tab>('swipe');
  const [swipe, setSwipe] = useState<SwipeState>(() => initialSwipe(plan.slides.count));
  const update = (change: (state: SwipeState) => SwipeState) => setSwipe(change);
  const panel = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const ids = useId();

  const pixelWidth = Math.min(plan.slides.width, box.width * PIXEL_RATIO);
  const wanted = [0, swipe.index, swipe.index + 1, swipe.index - 1, swipe.index + 2];
  const images = useSlideImages(design, plan.slides, pixelWidth, wanted);
  const altTexts = useMemo(() => (plan.slides.panorama ? [] : design.pages.map((page) => page.altText)), [design, plan]);

  // The slides take the keyboard as soon as the dialog opens (the Modal has opened it by now).
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('.pv-strip')?.focus();
  }, [tab]);

  const onPanelKey = (event: KeyboardEvent) => {
    if (tab !== 'swipe' || event.altKey || event.ctrlKey || event.metaKey) return;
    const change: Record<string, (s: SwipeState) => SwipeState> = {
      ArrowLeft: (s) => step(s, -1),
      ArrowRight: (s) => step(s, 1),
      Home: (s) => goTo(s, 0),
      End: (s) => goTo(s, s.count - 1),
    };
    const run = change[event.key];
    if (!run) return;
    event.preventDefault();
    update(run);
  };

  const onTabKey = (event: KeyboardEvent, current: Tab) => {
    const offset = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!offset) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(current) + offset + TABS.length) % TABS.length];
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const network = plan.network ? NETWORK_LABELS[plan.network] : t('preview.customSize');
  return (
    <Modal title={t('preview.title')} subtitle={t('preview.subtitle', { network, count: plan.slides.count })} onClose={onClose} size="lg" testId="preview-dialog">
      <div className="pv-layout">
        <div className="pv-side">
          <div className="pv-tabs" role="tablist" aria-label={t('preview.views')}>
            {TABS.map((name) => (
              <button
                key={name}
                ref={(element) => {
                  tabRefs.current[name] = element;
                }}
                type="button"
                role="tab"
                id={`${ids}-${name}`}
                aria-controls={`${ids}-panel`}
                aria-selected={tab === name}
                tabIndex={tab === name ? 0 : -1}
                className="pv-tab"
                data-testid={`preview-tab-${name}`}
                onClick={() => setTab(name)}
                onKeyDown={(event) => onTabKey(event, name)}
              >
                {t(`preview.${name}`)}
              </button>
            ))}
          </div>
          <p className="pv-hint">{tab === 'swipe' ? t('preview.hint') : t('preview.gridHint')}</p>
          {tab === 'swipe' && !plan.slides.panorama && (
            <div className="pv-alt" data-testid="preview-alt">
              <h3 className="pv-alt-title">{t('preview.altTitle', { page: swipe.index + 1 })}</h3>
              {altTexts[swipe.index]?.trim() ? <p>{altTexts[swipe.index]}</p> : <p className="pv-alt-none">{t('preview.altNone')}</p>}
            </div>
          )}
          <p className="pv-note">{t('preview.frameNote')}</p>
          <p className="pv-live" aria-live="polite" data-testid="preview-announce">
            {tab === 'swipe' ? t('preview.slide', { page: swipe.index + 1, count: swipe.count }) : ''}
          </p>
        </div>
        <div ref={panel} className="pv-stage" role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${tab}`} onKeyDown={onPanelKey}>
          {tab === 'swipe' ? (
            <NetworkFrame plan={plan} box={box} state={swipe} update={update} images={images} altTexts={altTexts} title={design.name} />
          ) : (
            <ProfileGrid plan={plan} designId={design.id} image={images.get(0)} />
          )}
        </div>
      </div>
    </Modal>
  );
}
