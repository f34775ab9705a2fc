/**
 * How an element follows when the design is resized to another format (linked variants, smart
 * resize): per axis, "Auto" (inferred from where it sits, shown in brackets) or an explicit pin,
 * centre, stretch or proportional position. Stored on the element, shared by every format.
 */
import { useTranslation } from 'react-i18next';
import type { Element } from '../../../core/schema/design';
import { inferConstraints, type HorizontalConstraint, type VerticalConstraint } from '../../../core/variants/layout';
import { ACTIONS, type HeadlessEditor } from '../../../core/editor';

const HORIZONTAL: HorizontalConstraint[] = ['left', 'center', 'right', 'leftRight', 'scale'];
const VERTICAL: VerticalConstraint[] = ['top', 'center', 'bottom', 'topBottom', 'scale'];

export function ConstraintsSection({ element, page, editor }: { element: Element; page: { width: number; height: number }; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const inferred = inferConstraints(element, page);
  const current = element.constraints;
  const setConstraints = (constraints: Element['constraints']) => editor.run(ACTIONS.setConstraints, { id: element.id, constraints });
  const set = (axis: 'horizontal' | 'vertical', value: string) => {
    if (value === 'auto') {
      // Both axes on auto: no constraints at all, so the inference keeps following the element.
      const other = axis === 'horizontal' ? 'vertical' : 'horizontal';
      if (!current || current[other] === inferred[other]) return setConstraints(undefined);
      return setConstraints({ ...inferred, ...current, [axis]: inferred[axis] });
    }
    setConstraints({ ...inferred, ...current, [axis]: value } as NonNullable<Element['constraints']>);
  };
  return (
    <section className="panel-section" data-testid="constraints-section">
      <span className="field-label" title={t('editor.constraints.hint')}>
        {t('editor.constraints.title')}
      </span>
      <div className="constraints-grid">
        <label className="field">
          <span className="field-label">{t('editor.constraints.horizontal')}</span>
          <select className="input" value={current ? current.horizontal : 'auto'} disabled={element.locked} onChange={(e) => set('horizontal', e.target.value)} data-testid="constraint-horizontal">
            <option value="auto">{t('editor.constraints.auto', { value: t(`editor.constraints.values.${inferred.horizontal}`) })}</option>
            {HORIZONTAL.map((value) => (
              <option key={value} value={value}>
                {t(`editor.constraints.values.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('editor.constraints.vertical')}</span>
          <select className="input" value={current ? current.vertical : 'auto'} disabled={element.locked} onChange={(e) => set('vertical', e.target.value)} data-testid="constraint-vertical">
            <option value="auto">{t('editor.constraints.auto', { value: t(`editor.constraints.values.${inferred.vertical}`) })}</option>
            {VERTICAL.map((value) => (
              <option key={value} value={value}>
                {t(`editor.constraints.values.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
