/**
 * "Add a slide from a template": the template screen's templates (the bank's and the user's),
 * each built at the design's format, inserted after the current slide by `insertSlides`
 * (core/editor/actions/slides.ts gives them fresh ids).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../core/api/templateArgs';
import { BANK, bankTemplate } from '../../../../core/templates/bank';
import { layoutElements } from '../../../../core/variants/layout';
import type { Design, FormatRef, Page } from '../../../../core/schema/design';
import { getBridge } from '../../bridge';
import { currentLanguage } from '../../i18n';
import { DesignPreview } from '../../shared/DesignPreview';
import { errorMessage } from '../../shared/errors';
import { Modal } from '../../shared/Modal';
import { useToast } from '../../shared/toastContext';

/** A template's pages at `format`: laid out again when it was made at another size. */
export function pagesAt(template: Design, format: FormatRef): Page[] {
  const from = template.format;
  if (from.width === format.width && from.height === format.height) return template.pages;
  return template.pages.map((page) => ({ ...page, elements: layoutElements(page.elements, from, format) }));
}

export default function TemplatePicker({ format, onPick, onClose }: { format: FormatRef; onPick: (pages: Page[]) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const language = currentLanguage();
  const [users, setUsers] = useState<TemplateSummary[]>([]);
  useEffect(() => {
    let live = true;
    void getBridge()
      .api['templates.list']({ language, source: 'user' })
      .then(({ templates }) => live && setUsers(templates))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [language]);
  // Built once per opening, at the design's size, in the UI's language.
  const bank = useMemo(() => BANK.map((entry) => ({ id: entry.id, name: entry.name[language], design: entry.build(format, language) })), [format, language]);

  const pickUser = async (summary: TemplateSummary) => {
    try {
      const { design } = await getBridge().api['templates.get']({ id: summary.id, language });
      onPick(pagesAt(design, format));
    } catch (error) {
      toast.error(t('editor.slides.templateFailed'), errorMessage(error));
    }
  };

  return (
    <Modal title={t('editor.slides.templateTitle')} onClose={onClose} size="lg" testId="slide-template-picker">
      {users.length > 0 && (
        <>
          <h3 className="slide-template-section">{t('editor.slides.yourTemplates')}</h3>
          <div className="slide-template-grid">
            {users.map((summary) => (
              <button key={summary.id} type="button" className="slide-template" data-testid="slide-template" onClick={() => void pickUser(summary)}>
                <img src={getBridge().mediaUrl('design-thumb', summary.id, summary.thumbnailVersion)} alt="" />
                <span>{summary.name}</span>
              </button>
            ))}
          </div>
        </>
      )}
      <h3 className="slide-template-section">{t('editor.slides.bankTemplates')}</h3>
      <div className="slide-template-grid">
        {bank.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="slide-template"
            data-testid="slide-template"
            data-template-id={entry.id}
            // Built again on pick: every insertion gets its own copy.
            onClick={() => onPick(bankTemplate(entry.id)!.build(format, language).pages)}
          >
            <DesignPreview design={entry.design} box={96} />
            <span>{entry.name}</span>
          </button>
        ))}
      </div>
    </Modal>
  );
}
