/** Text in the UI (core/elements/text.ts has the rest). */
import { Icon } from '../../shared/Icon';
import { TextEffectsSection } from '../TextEffectsSection';
import { TextSection } from '../TextSection';
import type { ElementView } from './view';

export const textView: ElementView<'text'> = {
  kindLabel: (_element, t) => t('editor.names.text'),
  icon: () => <Icon name="text" size={16} />,
  Properties: ({ element, onChange }) => (
    <>
      <TextSection element={element} onChange={onChange} />
      <TextEffectsSection element={element} onChange={onChange} />
    </>
  ),
};
