// The inspector of a service action card (服务动作): who carries it out, its exact steps (动作化),
// the routine it is part of (系列化), how it is drilled and checked (管理措施) and the
// opportunity it delivers. Every change is one undo step.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mapRoles } from '../../../shared/serviceActions.ts';
import type { KindFieldsProps } from '../../laneKinds.tsx';
import { useEditorSnapshot } from '../../state/editor.ts';
import { DeliversPicker } from './DeliversPicker.tsx';
import { MeasureFields } from './MeasureFields.tsx';
import { RoleChips } from './RoleChips.tsx';
import { SeriesField } from './SeriesField.tsx';
import { StepsEditor } from './StepsEditor.tsx';
import './serviceActions.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="sa-section" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function ServiceActionFields({ card, set }: KindFieldsProps) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const roles = useMemo(() => mapRoles(doc), [doc]);
  return (
    <>
      <Section id="sa-roles" title={t('serviceAction.roles')}>
        <RoleChips cardId={card.id} roles={card.roles} mapRoles={roles} write={(next) => set({ roles: next.length > 0 ? next : undefined })} />
      </Section>
      <Section id="sa-steps" title={t('serviceAction.steps')}>
        <StepsEditor cardId={card.id} steps={card.steps} write={(next) => set({ steps: next.length > 0 ? next : undefined })} />
      </Section>
      <Section id="sa-series" title={t('serviceAction.series')}>
        <SeriesField doc={doc} card={card} write={(series) => set({ series })} />
      </Section>
      <Section id="sa-measure" title={t('serviceAction.measure')}>
        <MeasureFields measure={card.measure} write={(measure) => set({ measure })} />
      </Section>
      <Section id="sa-delivers" title={t('serviceAction.delivers')}>
        <DeliversPicker doc={doc} cardId={card.id} />
      </Section>
    </>
  );
}
