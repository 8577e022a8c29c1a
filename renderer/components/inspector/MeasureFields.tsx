// The management measure of a service action (管理措施): how it is trained or drilled and how it
// is inspected, as two groups that fold away; a folded group shows what it holds in one line.
import { useTranslation } from 'react-i18next';
import type { ServiceMeasure } from '../../../shared/laneKinds.ts';
import { INSPECTION_FIELDS, TRAINING_FIELDS, measureDigest, withMeasure, type MeasureEdit } from '../../../shared/serviceMeasure.ts';
import { Field } from './Field.tsx';
import { LIMITS } from './limits.ts';

/** Long fields get a text area; the rest are one line. */
const LONG = new Set(['plan', 'how']);

export function MeasureFields({ measure, write }: { measure: ServiceMeasure | undefined; write: (measure: ServiceMeasure | undefined) => void }) {
  const { t } = useTranslation();
  const set = (edit: MeasureEdit) => {
    const next = withMeasure(measure, edit);
    if (JSON.stringify(next) !== JSON.stringify(measure)) write(next);
  };
  const groups = [
    { group: 'training' as const, fields: TRAINING_FIELDS },
    { group: 'inspection' as const, fields: INSPECTION_FIELDS },
  ];
  return (
    <div className="measure">
      {groups.map(({ group, fields }) => {
        const digest = measureDigest(measure, group);
        const values = measure?.[group] as Record<string, string> | undefined;
        return (
          <details key={group} className="measure__group" data-testid={`measure-${group}`}>
            <summary>
              <span className="measure__title">{t(`serviceAction.${group}`)}</span>
              <span className="measure__digest">{digest || (values ? '✓' : t('serviceAction.notSet'))}</span>
            </summary>
            <div className="measure__fields">
              {fields.map((field) => (
                <div key={field} className={LONG.has(field) ? 'measure__long' : 'measure__short'}>
                  <Field
                    label={t(`serviceAction.${group}Fields.${field}`)}
                    value={values?.[field] ?? ''}
                    multiline={LONG.has(field)}
                    maxLength={LONG.has(field) ? LIMITS.measureLong : LIMITS.measureShort}
                    testId={`measure-${group}-${field}`}
                    onCommit={(value) => set({ group, field, value } as MeasureEdit)}
                  />
                </div>
              ))}
            </div>
          </details>
        );
      })}
    </div>
  );
}
