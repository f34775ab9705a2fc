import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../shared/Icon';

interface ToolbarProps {
  imagesOpen: boolean;
  layersOpen: boolean;
  shapesOpen: boolean;
  elementsOpen: boolean;
  brandOpen: boolean;
  /** A video's caption lane: the button shows only when given. */
  captionsOpen?: boolean;
  onToggleCaptions?: () => void;
  disabled: boolean;
  onText: () => void;
  onRect: () => void;
  onEllipse: () => void;
  onToggleImages: () => void;
  onToggleLayers: () => void;
  onToggleShapes: () => void;
  onToggleElements: () => void;
  onToggleBrand: () => void;
}

export function Toolbar({ imagesOpen, layersOpen, shapesOpen, elementsOpen, brandOpen, captionsOpen, disabled, onText, onRect, onEllipse, onToggleImages, onToggleLayers, onToggleShapes, onToggleElements, onToggleBrand, onToggleCaptions }: ToolbarProps) {
  const { t } = useTranslation();
  const tool = (id: string, icon: IconName, label: string, onClick: () => void, pressed?: boolean, alwaysOn = false) => (
    <button
      type="button"
      className={`tool ${pressed ? 'tool-active' : ''}`}
      onClick={onClick}
      disabled={disabled && !alwaysOn}
      aria-pressed={pressed}
      data-testid={`tool-${id}`}
    >
      <Icon name={icon} size={22} />
      <span className="tool-label">{label}</span>
    </button>
  );
  return (
    <nav className="toolbar" aria-label={t('editor.tools')}>
      {tool('text', 'text', t('editor.tool.text'), onText)}
      {tool('rect', 'rect', t('editor.tool.rect'), onRect)}
      {tool('ellipse', 'ellipse', t('editor.tool.ellipse'), onEllipse)}
      {tool('shapes', 'sparkle', t('editor.tool.shapes'), onToggleShapes, shapesOpen)}
      {tool('elements', 'smile', t('editor.tool.elements'), onToggleElements, elementsOpen)}
      {tool('image', 'image', t('editor.tool.image'), onToggleImages, imagesOpen)}
      {tool('brand', 'palette', t('editor.tool.brand'), onToggleBrand, brandOpen)}
      {onToggleCaptions && tool('captions', 'captions', t('editor.tool.captions'), onToggleCaptions, captionsOpen, true)}
      {tool('layers', 'grid', t('editor.tool.layers'), onToggleLayers, layersOpen, true)}
    </nav>
  );
}
