/** Group in the UI (core/elements/group.ts has the rest): its children are edited through the layers panel. */
import { Icon } from '../../shared/Icon';
import type { ElementView } from './view';

export const groupView: ElementView<'group'> = {
  kindLabel: (_element, t) => t('editor.names.group'),
  icon: () => <Icon name="collection" size={16} />,
  Properties: null,
};
