/** Every editor shortcut, grouped, from the same list the keyboard handler uses. */
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal';
import type { CommandSection } from '../../../core/editor';
import { ALL_COMMANDS, commandLabel, displayKeys, isMacPlatform, shownKeys } from './commands';
import { currentLanguage } from '../i18n';

const SECTIONS: CommandSection[] = ['edit', 'arrange', 'slides', 'playback', 'view', 'help'];

/** Gestures and keys said in words rather than as one command's keys (the arrow-key nudges). */
const GESTURES = ['nudge', 'nudgeFar', 'pan', 'zoomWheel', 'rotateSnap', 'freeMove', 'editText', 'deleteSlides'] as const;

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const mac = isMacPlatform();
  return (
    <Modal title={t('editor.shortcuts.title')} onClose={onClose} size="md" testId="shortcut-sheet">
      <div className="shortcut-sheet">
        {SECTIONS.map((section) => (
          <section key={section}>
            <h3>{t(`editor.shortcuts.sections.${section}`)}</h3>
            <dl>
              {ALL_COMMANDS.filter((command) => command.section === section && shownKeys(command).length > 0).map((command) => (
                <div key={command.name} className="shortcut-row">
                  <dt>{commandLabel(command, t)}</dt>
                  <dd>
                    {shownKeys(command).map((keys) => (
                      <kbd key={keys}>{displayKeys(keys, mac, currentLanguage())}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>{t('editor.shortcuts.sections.gestures')}</h3>
          <dl>
            {GESTURES.map((gesture) => (
              <div key={gesture} className="shortcut-row">
                <dt>{t(`editor.shortcuts.gestures.${gesture}.label`)}</dt>
                <dd>
                  <kbd>{t(`editor.shortcuts.gestures.${gesture}.keys`)}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Modal>
  );
}
