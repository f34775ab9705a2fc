/**
 * Starter templates for everyday posts on the home screen, beside the quick starts: each opens
 * the template screen with it chosen, where "Use" asks for the words and pictures.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BANK } from '../../../core/templates/bank';
import { currentLanguage } from '../i18n';
import { bankEntries } from '../memes/bankSearch';
import { DesignPreview } from '../shared/DesignPreview';
import { Icon } from '../shared/Icon';

const SHOWN = 8;

export function TemplateStarts() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const entries = useMemo(() => bankEntries(BANK.filter((template) => template.category === 'post').slice(0, SHOWN), language), [language]);
  if (entries.length === 0) return null;
  return (
    <section className="quick-start" aria-labelledby="template-starts-title" data-testid="template-starts">
      <div className="quick-start-header">
        <h2 id="template-starts-title" className="section-title">
          {t('home.templatesTitle')}
        </h2>
        <a href="#/templates" className="btn btn-ghost btn-small quick-start-more" data-testid="all-templates">
          {t('home.allTemplates')}
          <Icon name="chevronRight" size={16} />
        </a>
      </div>
      <div className="quick-start-row">
        {entries.map((entry) => (
          <a key={entry.template.id} href={`#/templates/${entry.template.id}`} className="quick-start-item template-start" data-testid="template-start">
            <span className="template-start-preview">
              <DesignPreview design={entry.design} box={96} label={entry.template.name[language]} />
            </span>
            <span className="quick-start-name">{entry.template.name[language]}</span>
          </a>
        ))}
      </div>
    </section>
  );
}
