/**
 * The user's own templates of a category (templates.list, kept in step with the library), and
 * the one chosen as a fill source (its saved design, fetched once: templates.get).
 */
import { useCallback, useEffect, useState } from 'react';
import type { TemplateSummary } from '../../../core/api/templateArgs';
import type { BankCategory } from '../../../core/templates/bank';
import type { Design } from '../../../core/schema';
import { getBridge } from '../bridge';
import { useLibraryChanged } from '../shared/useLibraryChanged';
import type { FillSource } from './useMemeDesign';

/**
 * `query`: words in the name, tags or box names (the backend's search, accents aside); `trash`:
 * the ones in the trash instead.
 */
export function useUserTemplates(category: BankCategory, language: 'en' | 'fr', options: { query?: string; trash?: boolean } = {}): TemplateSummary[] {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const { query = '', trash = false } = options;
  const load = useCallback(() => {
    void getBridge()
      .api['templates.list']({ language, source: 'user', category, ...(query.trim() ? { query: query.trim() } : {}), ...(trash ? { trash: true } : {}) })
      .then(({ templates: list }) => setTemplates(list))
      .catch(() => setTemplates([]));
  }, [category, language, query, trash]);
  useEffect(load, [load]);
  useLibraryChanged('templates', load);
  return templates;
}

/** A user template as a fill source: its saved design, at its own format. */
export function useUserTemplateSource(id: string | undefined, language: 'en' | 'fr'): FillSource | undefined {
  const [source, setSource] = useState<FillSource | undefined>(undefined);
  useEffect(() => {
    setSource(undefined);
    if (!id) return;
    let current = true;
    void getBridge()
      .api['templates.get']({ id, language })
      .then(({ template, design }: { template: TemplateSummary; design: Design }) => {
        if (!current) return;
        setSource({ id: template.id as FillSource['id'], category: template.category, name: { en: template.name, fr: template.name }, formats: [], build: () => structuredClone(design) });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [id, language]);
  return source;
}
