/** Known tags offered under a tag field (bulk bar, details panel): one click adds that tag. */
import { useTranslation } from 'react-i18next';
import { suggestTags } from './tagSuggestions';

interface TagSuggestionListProps {
  /** Every tag of the library, most used first (`assets.facets`). */
  known: readonly string[];
  /** What the field holds: suggestions match its last fragment. */
  typed: string;
  /** Tags already on the asset(s). */
  exclude: readonly string[];
  onPick: (tag: string) => void;
  limit?: number;
}

export function TagSuggestionList({ known, typed, exclude, onPick, limit = 8 }: TagSuggestionListProps) {
  const { t } = useTranslation();
  const suggestions = suggestTags(known, typed, exclude, limit);
  if (suggestions.length === 0) return null;
  return (
    <ul className="lib-chip-list lib-tag-suggestions" aria-label={t('library.tagSuggestions')} data-testid="tag-field-suggestions">
      {suggestions.map((tag) => (
        <li key={tag}>
          <button type="button" className="lib-chip" aria-label={t('library.addThisTag', { tag })} onClick={() => onPick(tag)} data-testid="tag-field-suggestion" data-tag={tag}>
            + #{tag}
          </button>
        </li>
      ))}
    </ul>
  );
}
