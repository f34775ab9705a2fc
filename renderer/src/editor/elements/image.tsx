/** Image in the UI (core/elements/image.ts has the rest). */
import { Icon } from '../../shared/Icon';
import { ImageSection } from '../ImageSection';
import type { ElementView } from './view';

export const imageView: ElementView<'image'> = {
  kindLabel: (_element, t) => t('editor.names.image'),
  icon: () => <Icon name="image" size={16} />,
  Properties: ({ element, onChange, onReplaceImage }) => <ImageSection element={element} onChange={onChange} onReplace={() => onReplaceImage(element.id)} />,
};
