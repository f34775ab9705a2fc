/**
 * The Elements panel: the bundled icon set and emoji, searched in English and French, added to
 * the page by a click (its middle) or a drag (the drop point). Icons take the colour chosen here,
 * the brand kit's palettes first; a click on a colour also recolours the selected icons. Every
 * change runs an action of core/editor (addIcon, addEmoji, recolorIcons). Loaded with the panel
 * (React.lazy in EditorWorkspace): the sets never weigh on the editor's first frame.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeadlessEditor } from '../../../../core/editor';
import { SidePanel } from '../SidePanel';
import { EmojiTab } from './EmojiTab';
import { IconsTab } from './IconsTab';
import './elementsPanel.css';

const TABS = ['icons', 'emoji'] as const;
type Tab = (typeof TABS)[number];

export interface ElementsPanelProps {
  editor: HeadlessEditor;
  readOnly: boolean;
  onClose: () => void;
}

export default function ElementsPanel({ editor, readOnly, onClose }: ElementsPanelProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('icons');
  const tabsId = useId();
  return (
    <SidePanel title={t('editor.elementsPanel.title')} testId="elements-panel" onClose={onClose}>
      <div className="library-tabs elements-tabs" role="tablist" aria-label={t('editor.elementsPanel.tabsLabel')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`${tabsId}-${id}`}
            aria-selected={id === tab}
            aria-controls={`${tabsId}-panel`}
            className="library-tab"
            onClick={() => setTab(id)}
            data-testid={`elements-tab-${id}`}
          >
            {t(`editor.elementsPanel.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${tab}`} className="elements-tabpanel">
        {tab === 'icons' ? <IconsTab editor={editor} readOnly={readOnly} /> : <EmojiTab editor={editor} readOnly={readOnly} />}
      </div>
      <p className="elements-credit">{t('editor.elementsPanel.credit')}</p>
    </SidePanel>
  );
}
