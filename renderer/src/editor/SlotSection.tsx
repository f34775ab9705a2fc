/**
 * "Template slot": marks the selected element as a slot a template fill replaces (words, a
 * picture or a colour), names it and sets what its kind needs. One action, setSlot
 * (core/editor): a name another slot has gets the next number there, not here.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type HeadlessEditor } from '../../../core/editor';
import { SLOT_TARGETS } from '../../../core/schema/constants';
import type { Element, Slot, SlotKind } from '../../../core/schema/design';

/** The kinds of slot an element of this type can be, in the order offered. */
function kindsFor(type: Element['type']): SlotKind[] {
  return (Object.keys(SLOT_TARGETS) as SlotKind[]).filter((kind) => (SLOT_TARGETS[kind] as readonly string[]).includes(type));
}

/** A new slot of `kind` for `element`: a text's example is its words, a picture covers its box. */
function newSlot(kind: SlotKind, element: Element, name: string): Slot {
  switch (kind) {
    case 'text': {
      const words = element.type === 'text' ? element.text : '';
      return { kind, name, example: { en: words, fr: words } };
    }
    case 'image':
      return { kind, name, fit: 'cover', focalX: 0.5, focalY: 0.5 };
    case 'color':
      return { kind, name, property: 'fill' };
  }
}

export function SlotSection({ element, editor }: { element: Element; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const kinds = kindsFor(element.type);
  const slot = element.slot;
  const [draftName, setDraftName] = useState(slot?.name ?? '');
  useEffect(() => setDraftName(slot?.name ?? ''), [slot?.name, element.id]);
  if (kinds.length === 0) return null;
  const set = (next: Slot | undefined) => editor.run(ACTIONS.setSlot, { id: element.id, slot: next });
  const disabled = element.locked;
  return (
    <section className="panel-section" data-testid="slot-section">
      <label className="checkbox-row" title={t('editor.slot.hint')}>
        <input
          type="checkbox"
          checked={slot !== undefined}
          disabled={disabled}
          onChange={() => set(slot ? undefined : newSlot(kinds[0], element, t(`editor.slot.defaultName.${kinds[0]}`)))}
          data-testid="slot-toggle"
        />
        {t('editor.slot.title')}
      </label>
      {slot && (
        <div className="slot-fields">
          {kinds.length > 1 && (
            <label className="field">
              <span className="field-label">{t('editor.slot.kind')}</span>
              <select className="input" value={slot.kind} disabled={disabled} onChange={(e) => set(newSlot(e.target.value as SlotKind, element, slot.name))} data-testid="slot-kind">
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`editor.slot.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field">
            <span className="field-label">{t('editor.slot.name')}</span>
            <input
              className="input"
              value={draftName}
              maxLength={64}
              disabled={disabled}
              onChange={(e) => {
                setDraftName(e.target.value);
                // A blank name is no name: the slot keeps its last one until a word is typed.
                if (e.target.value.trim() !== '') set({ ...slot, name: e.target.value.trim() });
              }}
              onBlur={() => setDraftName(slot.name)}
              data-testid="slot-name"
            />
          </label>
          {slot.kind !== 'color' && (
            <label className="checkbox-row">
              <input type="checkbox" checked={slot.required === true} disabled={disabled} onChange={() => set({ ...slot, required: slot.required ? undefined : true })} data-testid="slot-required" />
              {t(slot.kind === 'text' ? 'editor.slot.requiredText' : 'editor.slot.requiredPicture')}
            </label>
          )}
          {slot.kind === 'text' &&
            (['en', 'fr'] as const).map((language) => (
              <label key={language} className="field">
                <span className="field-label">{t(`editor.slot.example.${language}`)}</span>
                <textarea
                  className="input"
                  rows={2}
                  value={slot.example?.[language] ?? ''}
                  disabled={disabled}
                  onChange={(e) => set({ ...slot, example: { en: slot.example?.en ?? '', fr: slot.example?.fr ?? '', [language]: e.target.value } })}
                  data-testid={`slot-example-${language}`}
                />
              </label>
            ))}
          {slot.kind === 'image' && (
            <>
              <label className="field">
                <span className="field-label">{t('editor.slot.fit')}</span>
                <select className="input" value={slot.fit} disabled={disabled} onChange={(e) => set({ ...slot, fit: e.target.value as 'cover' | 'contain' })} data-testid="slot-fit">
                  <option value="cover">{t('editor.slot.fits.cover')}</option>
                  <option value="contain">{t('editor.slot.fits.contain')}</option>
                </select>
              </label>
              {slot.fit === 'cover' && (
                <div className="constraints-grid">
                  {(['focalX', 'focalY'] as const).map((axis) => (
                    <label key={axis} className="field">
                      <span className="field-label">{t(`editor.slot.${axis}`)}</span>
                      <input
                        className="input"
                        type="range"
                        min={0}
                        max={100}
                        value={Math.round(slot[axis] * 100)}
                        disabled={disabled}
                        onChange={(e) => set({ ...slot, [axis]: Number(e.target.value) / 100 })}
                        data-testid={`slot-${axis}`}
                      />
                    </label>
                  ))}
                </div>
              )}
            </>
          )}
          {/* An icon is painted with one colour: nothing to choose. */}
          {slot.kind === 'color' && element.type !== 'icon' && (
            <label className="field">
              <span className="field-label">{t('editor.slot.property')}</span>
              <select className="input" value={slot.property} disabled={disabled} onChange={(e) => set({ ...slot, property: e.target.value as 'fill' | 'stroke' })} data-testid="slot-property">
                <option value="fill">{t('editor.slot.properties.fill')}</option>
                <option value="stroke">{t('editor.slot.properties.stroke')}</option>
              </select>
            </label>
          )}
        </div>
      )}
    </section>
  );
}
