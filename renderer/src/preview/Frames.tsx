/**
 * The phone frames of the swipe preview: a post as a follower sees it on Instagram (header, the
 * slide at its ratio, the dots, the "1/8" chip), in LinkedIn's document viewer (title, "3 / 10",
 * arrows), as a TikTok photo post (full-height 9:16, dots) and a plain post for the other networks
 * (the next card peeking where their apps show it). Drawn from shapes and words of our own: each
 * is recognisable, none copies an app's artwork or logo.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { Icon } from '../shared/Icon';
import { ChromeIcon, type ChromeIconName } from './ChromeIcons';
import type { PreviewPlan, SlideBox } from './previewPlan';
import { SlideStrip } from './SlideStrip';
import { canGoBack, canGoForward, dotWindow, step, type SwipeState } from './swipe';

export interface FrameProps {
  plan: PreviewPlan;
  box: SlideBox;
  state: SwipeState;
  update: (change: (state: SwipeState) => SwipeState) => void;
  images: ReadonlyMap<number, string>;
  altTexts: ReadonlyArray<string | undefined>;
  /** The design's name: a LinkedIn document's title. */
  title: string;
}

/** Which frame draws a plan: one component per frame kind, the switch exhaustive. */
export function NetworkFrame(props: FrameProps) {
  switch (props.plan.frame) {
    case 'instagram':
      return <InstagramPost {...props} />;
    case 'linkedin':
      return <LinkedInDocument {...props} />;
    case 'tiktok':
      return <TikTokPhoto {...props} />;
    case 'generic':
      return <GenericPost {...props} />;
  }
}

/** The phone around every frame: a status bar with the time and plain signal and battery shapes. */
export function Phone({ dark = false, children, testId }: { dark?: boolean; children: ReactNode; testId?: string }) {
  return (
    <div className={`pv-phone ${dark ? 'pv-phone-dark' : ''}`} data-testid={testId}>
      <div className="pv-screen">
        <div className="pv-status" aria-hidden="true">
          <span>9:41</span>
          <span className="pv-status-icons">
            <i className="pv-signal" />
            <i className="pv-battery" />
          </span>
        </div>
        {children}
      </div>
    </div>
  );
}

function Counter({ state, spaced = false }: { state: SwipeState; spaced?: boolean }) {
  // "1/8" in the Instagram chip, "3 / 10" in the document viewer.
  const text = spaced ? `${state.index + 1} / ${state.count}` : `${state.index + 1}/${state.count}`;
  return (
    <span className="pv-counter" data-testid="preview-counter" aria-hidden="true">
      {text}
    </span>
  );
}

function Dots({ state, max = 7, light = false }: { state: SwipeState; max?: number; light?: boolean }) {
  if (state.count < 2) return null;
  const { first, last } = dotWindow(state.index, state.count, max);
  const dots: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    // The window's end dots shrink when more slides lie beyond them, as the apps draw it.
    const edge = (i === first && first > 0) || (i === last && last < state.count - 1);
    dots.push(<i key={i} className={`pv-dot ${i === state.index ? 'pv-dot-active' : ''} ${edge ? 'pv-dot-small' : ''}`} data-testid="preview-dot" data-index={i} data-active={i === state.index} />);
  }
  return (
    <span className={`pv-dots ${light ? 'pv-dots-light' : ''}`} aria-hidden="true" data-testid="preview-dots">
      {dots}
    </span>
  );
}

function Avatar({ size = 32, square = false }: { size?: number; square?: boolean }) {
  return (
    <span className={`pv-avatar ${square ? 'pv-avatar-square' : ''}`} style={{ width: size, height: size }} aria-hidden="true">
      <ChromeIcon name="person" size={Math.round(size * 0.62)} />
    </span>
  );
}

/** Grey bars standing for words the preview does not need (a caption, a date). */
function Lines({ widths, light = false }: { widths: number[]; light?: boolean }) {
  return (
    <span className="pv-lines" aria-hidden="true">
      {widths.map((width, i) => (
        <i key={i} className={`pv-line ${light ? 'pv-line-light' : ''}`} style={{ width: `${width}%` }} />
      ))}
    </span>
  );
}

function Strip(props: FrameProps & { children?: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <SlideStrip box={props.box} state={props.state} update={props.update} images={props.images} altTexts={props.altTexts} label={t('preview.carousel', { name: props.title })} className={props.className}>
      {props.children}
    </SlideStrip>
  );
}

function InstagramPost(props: FrameProps) {
  const { t } = useTranslation();
  return (
    <Phone testId="preview-frame-instagram">
      <div className="pv-appbar" aria-hidden="true">
        <ChromeIcon name="plus" />
        <i className="pv-line pv-wordmark" />
        <ChromeIcon name="heart" />
      </div>
      <div className="pv-post-header">
        <Avatar />
        <span className="pv-handle">{t('preview.handle')}</span>
        <Icon name="more" size={18} />
      </div>
      <Strip {...props}>{props.state.count > 1 && <Counter state={props.state} />}</Strip>
      <ActionRow className="pv-actions-ig" icons={['heart', 'bubble', 'arrow']} end="bookmark" state={props.state} />
      <div className="pv-caption">
        <Lines widths={[38]} />
        <span className="pv-caption-line">
          <b>{t('preview.handle')}</b> <Lines widths={[52]} />
        </span>
        <Lines widths={[70, 30]} />
      </div>
    </Phone>
  );
}

function LinkedInDocument(props: FrameProps) {
  const { t } = useTranslation();
  const { state, update } = props;
  return (
    <Phone testId="preview-frame-linkedin">
      <div className="pv-appbar pv-appbar-li" aria-hidden="true">
        <Avatar size={26} />
        <i className="pv-search" />
        <ChromeIcon name="bubble" size={20} />
      </div>
      <div className="pv-li-card">
        <div className="pv-post-header pv-post-header-li">
          <Avatar size={40} square />
          <span className="pv-who">
            <span className="pv-handle">{t('preview.handle')}</span>
            <Lines widths={[60]} />
          </span>
          <span className="pv-follow">{t('preview.follow')}</span>
        </div>
        <div className="pv-caption pv-caption-li">
          <Lines widths={[88]} />
        </div>
        <div className="pv-doc-title" data-testid="preview-doc-title">
          <span className="pv-doc-name">{props.title}</span>
          <span className="pv-doc-pages">{t('preview.pages', { count: state.count })}</span>
        </div>
        <Strip {...props} className="pv-strip-doc">
          <Counter state={state} spaced />
          {canGoBack(state) && (
            <button type="button" className="pv-arrow pv-arrow-prev" aria-label={t('preview.previous')} data-testid="preview-previous" onClick={() => update((s) => step(s, -1))}>
              <Icon name="chevronLeft" size={18} />
            </button>
          )}
          {canGoForward(state) && (
            <button type="button" className="pv-arrow pv-arrow-next" aria-label={t('preview.next')} data-testid="preview-next" onClick={() => update((s) => step(s, 1))}>
              <Icon name="chevronRight" size={18} />
            </button>
          )}
        </Strip>
        <div className="pv-reactions" aria-hidden="true">
          <span>
            <ChromeIcon name="thumb" size={14} />
            {t('preview.like')}
          </span>
          <span>
            <ChromeIcon name="bubble" size={14} />
            {t('preview.comment')}
          </span>
          <span>
            <ChromeIcon name="repost" size={14} />
            {t('preview.repost')}
          </span>
          <span>
            <ChromeIcon name="arrow" size={14} />
            {t('preview.send')}
          </span>
        </div>
      </div>
    </Phone>
  );
}

function TikTokPhoto(props: FrameProps) {
  const { t } = useTranslation();
  return (
    <Phone dark testId="preview-frame-tiktok">
      <Strip {...props} className="pv-strip-dark">
        <div className="pv-tt-tabs" aria-hidden="true">
          <span>{t('preview.following')}</span>
          <b>{t('preview.forYou')}</b>
          <ChromeIcon name="search" size={20} />
        </div>
        <div className="pv-tt-buttons" aria-hidden="true">
          <Avatar size={38} />
          {(['heart', 'bubble', 'bookmark', 'arrow'] as const).map((name) => (
            <span key={name} className="pv-tt-button">
              <ChromeIcon name={name} size={26} filled={name !== 'arrow'} />
              <i className="pv-line pv-line-light" />
            </span>
          ))}
        </div>
        <div className="pv-tt-caption">
          <b>@{t('preview.handle')}</b>
          <Lines widths={[80, 55]} light />
          <span className="pv-tt-music" aria-hidden="true">
            <ChromeIcon name="music" size={14} />
            <Lines widths={[45]} light />
          </span>
        </div>
        <div className="pv-tt-dots">
          <Dots state={props.state} max={9} light />
        </div>
      </Strip>
      <div className="pv-tt-nav" aria-hidden="true">
        <ChromeIcon name="home" />
        <ChromeIcon name="search" />
        <span className="pv-tt-create">
          <ChromeIcon name="plus" size={18} />
        </span>
        <ChromeIcon name="bubble" />
        <ChromeIcon name="person" />
      </div>
    </Phone>
  );
}

function GenericPost(props: FrameProps) {
  const { t } = useTranslation();
  const network = props.plan.network ? NETWORK_LABELS[props.plan.network] : t('preview.customSize');
  return (
    <Phone testId="preview-frame-generic">
      <div className="pv-post-header pv-post-header-generic">
        <Avatar size={36} />
        <span className="pv-who">
          <span className="pv-handle">{t('preview.handle')}</span>
          <span className="pv-network">{network}</span>
        </span>
        <Icon name="more" size={18} />
      </div>
      <div className="pv-caption">
        <Lines widths={[85, 50]} />
      </div>
      <Strip {...props} className={props.plan.peek ? 'pv-strip-peek' : ''}>
        {props.state.count > 1 && <Counter state={props.state} />}
      </Strip>
      <ActionRow icons={['heart', 'bubble', 'repost']} end="arrow" state={props.state} />
      {[0, 1].map((reply) => (
        <div key={reply} className="pv-reply" aria-hidden="true">
          <Avatar size={26} />
          <Lines widths={reply === 0 ? [45, 80] : [35, 60]} />
        </div>
      ))}
    </Phone>
  );
}

/** A post's row under the slide: its actions on the left, the slide dots, one action on the right. */
function ActionRow({ icons, end, state, className = '' }: { icons: ChromeIconName[]; end: ChromeIconName; state: SwipeState; className?: string }) {
  return (
    <div className={`pv-actions ${className}`.trim()} aria-hidden="true">
      <span className="pv-actions-side">
        {icons.map((name) => (
          <ChromeIcon key={name} name={name} />
        ))}
      </span>
      <Dots state={state} />
      <span className="pv-actions-side pv-actions-end">
        <ChromeIcon name={end} />
      </span>
    </div>
  );
}
