/** Video in the UI (core/elements/video.ts has the rest): no properties of its own yet. */
import { Icon } from '../../shared/Icon';
import type { ElementView } from './view';

export const videoView: ElementView<'video'> = {
  kindLabel: (_element, t) => t('editor.names.video'),
  icon: () => <Icon name="video" size={16} />,
  Properties: null,
};
