/**
 * The pieces the editorial screen's list editors share (pillars, hashtag groups, personas, slots, best times):
 * the section's frame, the list or its empty sentence, a card's head (its name, renamed on Enter or
 * leaving the field, and its remove button) and the form under the list that adds an item.
 * Each section keeps its own fields; every change still goes through the section's `edit`.
 */
import type { ReactNode } from 'react';
import { Icon } from '../shared/Icon';
import { CommitInput } from './fields';

interface EditorialSectionProps {
  /** `edl-${id}` is the title's id and the section's test id. */
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}

/** A section of the editorial screen: its title (the section's accessible name), a hint, its content. */
export function EditorialSection({ id, title, hint, children }: EditorialSectionProps) {
  return (
    <section className="edl-section" aria-labelledby={`edl-${id}`} data-testid={`edl-${id}`}>
      <h2 className="edl-section-title" id={`edl-${id}`}>
        {title}
      </h2>
      {hint && <p className="edl-section-hint">{hint}</p>}
      {children}
    </section>
  );
}

interface ItemListProps<T> {
  items: readonly T[];
  /** Said instead of the list when it has no item. */
  empty: string;
  /** The list's look: cards (the default) or rows. */
  className?: 'edl-cards' | 'edl-rows';
  /** One `li` per item. */
  children: (item: T, index: number) => ReactNode;
}

/** The items, each rendered by the section, or a sentence saying there are none yet. */
export function ItemList<T>({ items, empty, className = 'edl-cards', children }: ItemListProps<T>) {
  if (items.length === 0) return <p className="edl-empty">{empty}</p>;
  return <ul className={className}>{items.map((item, index) => children(item, index))}</ul>;
}

interface RemoveButtonProps {
  /** Its accessible name and tooltip ("Remove the pillar Tips"). */
  label: string;
  onRemove: () => void;
  disabled: boolean;
  testId?: string;
}

/** The bin button that removes an item. */
export function RemoveButton({ label, onRemove, disabled, testId }: RemoveButtonProps) {
  return (
    <button type="button" className="icon-btn" aria-label={label} title={label} disabled={disabled} onClick={onRemove} data-testid={testId}>
      <Icon name="trash" size={18} />
    </button>
  );
}

interface CardHeadProps {
  name: string;
  nameLabel: string;
  /** Answers false when the name was refused: the field goes back to the stored name. */
  onRename: (name: string) => boolean;
  removeLabel: string;
  onRemove: () => void;
  readOnly: boolean;
  /** `${testId}-name` and `${testId}-remove`; without it the fields have none. */
  testId?: string;
  /** Shown before the name (a pillar's colour). */
  before?: ReactNode;
  /** Shown between the name and the remove button (a group's count). */
  after?: ReactNode;
}

/** A card's first line: its name (committed on Enter or leaving the field), then its remove button. */
export function CardHead({ name, nameLabel, onRename, removeLabel, onRemove, readOnly, testId, before, after }: CardHeadProps) {
  return (
    <div className="edl-card-head">
      {before}
      <CommitInput value={name} label={nameLabel} disabled={readOnly} onCommit={onRename} testId={testId ? `${testId}-name` : undefined} className="edl-grow" />
      {after}
      <RemoveButton label={removeLabel} onRemove={onRemove} disabled={readOnly} testId={testId ? `${testId}-remove` : undefined} />
    </div>
  );
}

interface AddFormProps {
  /** Adds the item from the form's fields (which the section owns and clears). */
  onAdd: () => void;
  /** The button's text ("Add a pillar"). */
  addLabel: string;
  readOnly: boolean;
  /** The button's test id. */
  testId: string;
  /** Added to the form's class (a row of fields). */
  className?: string;
  children: ReactNode;
}

/** The form under a list: the new item's fields, then the add button; Enter in a field adds too. */
export function AddForm({ onAdd, addLabel, readOnly, testId, className, children }: AddFormProps) {
  return (
    <form
      className={className ? `edl-add ${className}` : 'edl-add'}
      onSubmit={(event) => {
        event.preventDefault();
        onAdd();
      }}
    >
      {children}
      <button type="submit" className="btn btn-secondary btn-small" disabled={readOnly} data-testid={testId}>
        <Icon name="plus" size={16} />
        {addLabel}
      </button>
    </form>
  );
}
