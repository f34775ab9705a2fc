import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../shared/Icon';

interface ToolbarProps {
  imagesOpen: boolean;
  disabled: boolean;
  onText: () => void;
  onRect: () => void;
  onEllipse: () => void;
  onToggleImages: () => void;
}

export function Toolbar({ imagesOpen, disabled, onText, onRect, onEllipse, onToggleImages }: ToolbarProps) {
  const { t } = useTranslation();
  const tool = (id: string, icon: IconName, label: string, onClick: () => void, pressed?: boolean) => (
    <button
      type="button"
      className={`tool ${pressed ? 'tool-active' : ''}`}
      onClick={onClick}
      disabled={disabled}
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
      {tool('image', 'image', t('editor.tool.image'), onToggleImages, imagesOpen)}
    </nav>
  );
}
