/** Every editor shortcut, grouped, from the same list the keyboard handler uses. */
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal';
import { COMMANDS, displayKeys, isMacPlatform, type CommandSection } from './commands';
import { currentLanguage } from '../i18n';

const SECTIONS: CommandSection[] = ['edit', 'arrange', 'view', 'help'];

/** Gestures that are not commands but still belong on the sheet. */
const GESTURES = ['nudge', 'nudgeFar', 'pan', 'zoomWheel', 'rotateSnap', 'freeMove', 'editText'] as const;

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
              {COMMANDS.filter((command) => command.section === section).map((command) => (
                <div key={command.id} className="shortcut-row">
                  <dt>{t(`editor.commands.${command.id}`)}</dt>
                  <dd>
                    {command.keys.map((keys) => (
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
