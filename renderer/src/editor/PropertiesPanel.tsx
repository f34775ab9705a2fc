import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { paintToSolid } from '../../../core/render/paint';
import type { Design, Element, ImageElement, Page } from '../../../core/schema/design';
import { formatLabel } from '../shared/formatLabel';
import { formatPercent } from '../shared/locale';
import { Icon } from '../shared/Icon';
import { ColorField } from './ColorField';
import { ACTIONS, type ElementPatch, type HeadlessEditor } from '../../../core/editor';
import { BackgroundSection } from './BackgroundSection';
import { PanoramaSection } from './PanoramaSection';
import type { EditorActions } from './useEditorActions';
import { AlignSection } from './AlignSection';
import { viewOf } from './elements';
import { GeometrySection } from './GeometrySection';
import { ConstraintsSection } from './ConstraintsSection';
import { SlotSection } from './SlotSection';
import { useTextSelectionStyle } from './canvas/textSelection';
import { AltTextSection, RepeatSection } from './slides/SlideSections';
import { designKindParts } from './designKindParts';
import { AnimationSection } from './video/AnimationSection';
import { ClipSection } from './video/ClipSection';
import { KenBurnsSection } from './video/KenBurnsSection';
import { SceneLengthSection, SceneSection } from './video/SceneSection';
import { SoundtrackSection } from './video/SoundtrackSection';
import { TransitionSection } from './video/TransitionSection';
import { VideoSettingsSection } from './video/VideoSettingsSection';

interface PropertiesPanelProps {
  design: Design;
  page: Page;
  selected: Element[];
  actions: EditorActions;
  editor: HeadlessEditor;
  onReplaceImage: (id: string) => void;
  onChooseBackgroundImage: () => void;
  /** Elements with their own layout in the shown variant (empty for the master). */
  overridden: ReadonlySet<string>;
  onResetLayout: (ids: string[]) => void;
}

/** The right-hand panel: the page when nothing is selected, else the selection's properties. */
export function PropertiesPanel({ design, page, selected, actions, editor, onReplaceImage, onChooseBackgroundImage, overridden, onResetLayout }: PropertiesPanelProps) {
  const { t } = useTranslation();
  const parts = designKindParts(design);
  return (
    <aside className="props-panel" aria-label={t('editor.props.title')} data-testid="properties-panel" onMouseDown={keepTextEditingFocus}>
      {selected.length === 0 ? (
        <>
          <h2 className="panel-title">{t('editor.props.page')}</h2>
          <p className="panel-meta">{formatLabel(design.format, t('formats.custom'))}</p>
          <BackgroundSection page={page} editor={editor} onChooseImage={onChooseBackgroundImage} />
          {parts.slideSections && <AltTextSection design={design} page={page} pageIndex={editor.pageIndex} editor={editor} />}
          {parts.panorama && <PanoramaSection design={design} editor={editor} />}
          {parts.video && (
            <>
              <SceneLengthSection page={page} pageIndex={editor.pageIndex} editor={editor} />
              <TransitionSection design={design} pageIndex={editor.pageIndex} editor={editor} />
              <SceneSection page={page} editor={editor} />
              <SoundtrackSection design={design} editor={editor} />
              <VideoSettingsSection design={design} pageIndex={editor.pageIndex} editor={editor} />
            </>
          )}
          <p className="panel-hint">{t('editor.props.nothingSelected')}</p>
        </>
      ) : (
        <>
          <SelectionProperties selected={selected} pageSize={design.format} actions={actions} editor={editor} onReplaceImage={onReplaceImage} carousel={parts.slideSections} video={parts.video} />
          <VariantLayoutNote selected={selected} overridden={overridden} onReset={onResetLayout} />
        </>
      )}
    </aside>
  );
}

/**
 * While a text is edited on the canvas, its hidden textarea keeps the focus when a panel button is
 * pressed: the character selection and the keyboard (Escape, typing) stay with the text.
 */
function keepTextEditingFocus(event: MouseEvent): void {
  const typingInCanvas = document.activeElement instanceof HTMLTextAreaElement && document.activeElement.dataset.fabric === 'textarea';
  if (typingInCanvas && event.target instanceof Element && event.target.closest('button')) event.preventDefault();
}

function SelectionProperties({
  selected,
  pageSize,
  actions,
  editor,
  onReplaceImage,
  carousel,
  video,
}: {
  selected: Element[];
  pageSize: { width: number; height: number };
  actions: EditorActions;
  editor: HeadlessEditor;
  onReplaceImage: (id: string) => void;
  /** Slides: "On every slide" comes first, under the title. */
  carousel: boolean;
  /** A video design: animation, Ken Burns and clip sections. */
  video: boolean;
}) {
  const { t } = useTranslation();
  const single = selected.length === 1 ? selected[0] : null;
  const images = selected.filter((el): el is ImageElement => el.type === 'image');
  const fills = selected.filter((el): el is Extract<Element, { fill: unknown }> => el.type === 'text' || el.type === 'shape');
  const change = (patch: ElementPatch, control?: string) => actions.changeSelected(patch, control);
  const view = single ? viewOf(single) : null;
  const opacity = Math.round((single ? single.opacity : selected[0].opacity) * 100);
  const selectedChars = useTextSelectionStyle(single?.type === 'text' ? single.id : undefined);

  return (
    <>
      <h2 className="panel-title" data-testid="selection-title">
        {single && view ? view.kindLabel(single, t) : t('editor.props.multiple', { count: selected.length })}
      </h2>
      {carousel && <RepeatSection selected={selected} editor={editor} />}
      {single && view?.Properties && <view.Properties element={single} onChange={change} onReplaceImage={onReplaceImage} />}
      {video && images.length > 0 && <KenBurnsSection images={images} editor={editor} />}
      {single?.type === 'video' && <ClipSection clip={single} editor={editor} />}
      {video && <AnimationSection selected={selected} editor={editor} />}
      {fills.length === selected.length && single?.type !== 'shape' && (
        <section className="panel-section">
          <ColorField
            label={single?.type === 'text' ? t('editor.props.textColor') : t('editor.props.fill')}
            value={selectedChars?.fill ?? paintToSolid(fills[0].fill)}
            onChange={(color) => change({ fill: color }, 'fill')}
            testId="fill-color"
          />
        </section>
      )}
      <section className="panel-section">
        <div className="field">
          <label className="field-label" htmlFor="opacity">
            {t('editor.props.opacity')} <span className="field-value">{formatPercent(opacity / 100)}</span>
          </label>
          <input
            id="opacity"
            type="range"
            min={0}
            max={100}
            value={opacity}
            onChange={(event) => change({ opacity: Number(event.target.value) / 100 }, 'opacity')}
            data-testid="opacity"
          />
        </div>
      </section>
      <AlignSection editor={editor} count={selected.length} />
      {single && <GeometrySection element={single} editor={editor} />}
      {single && <ConstraintsSection element={single} page={pageSize} editor={editor} />}
      {single && <SlotSection element={single} editor={editor} />}
      <section className="panel-section panel-actions">
        <span className="field-label">{t('editor.props.arrange')}</span>
        <div className="button-row">
          <button type="button" className="btn btn-secondary btn-small" onClick={() => editor.run(ACTIONS.bringForward)} data-testid="bring-forward">
            <Icon name="forward" size={16} />
            {t('editor.props.forward')}
          </button>
          <button type="button" className="btn btn-secondary btn-small" onClick={() => editor.run(ACTIONS.sendBackward)} data-testid="send-backward">
            <Icon name="backward" size={16} />
            {t('editor.props.backward')}
          </button>
        </div>
        <button type="button" className="btn btn-danger-outline btn-small" onClick={() => editor.run(ACTIONS.delete)} data-testid="delete-selection">
          <Icon name="trash" size={16} />
          {t('editor.props.delete')}
        </button>
      </section>
    </>
  );
}

/** In a variant: which selected elements have their own layout there, and the way back to the master's. */
function VariantLayoutNote({ selected, overridden, onReset }: { selected: Element[]; overridden: ReadonlySet<string>; onReset: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const own = selected.filter((el) => overridden.has(el.id)).map((el) => el.id);
  if (own.length === 0) return null;
  return (
    <section className="panel-section" data-testid="variant-layout-note">
      <p className="panel-hint">{t('editor.variants.ownLayout', { count: own.length })}</p>
      <button type="button" className="btn btn-secondary btn-small" onClick={() => onReset(own)} data-testid="reset-to-master">
        {t('editor.variants.resetElement')}
      </button>
    </section>
  );
}
