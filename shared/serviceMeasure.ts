// The management measure of a service action (管理措施): a training or drill plan and an
// inspection, each stored only while one of its fields says something.
import type { ServiceMeasure } from './laneKinds.ts';

type Training = NonNullable<ServiceMeasure['training']>;
type Inspection = NonNullable<ServiceMeasure['inspection']>;

export const TRAINING_FIELDS = ['plan', 'frequency', 'owner'] as const satisfies readonly (keyof Training)[];
export const INSPECTION_FIELDS = ['who', 'frequency', 'how'] as const satisfies readonly (keyof Inspection)[];

export type MeasureEdit =
  | { group: 'training'; field: (typeof TRAINING_FIELDS)[number]; value: string }
  | { group: 'inspection'; field: (typeof INSPECTION_FIELDS)[number]; value: string };

const EMPTY = {
  training: { plan: '', frequency: '', owner: '' },
  inspection: { who: '', frequency: '', how: '' },
};

const says = (group: object) => Object.values(group).some((v) => typeof v === 'string' && v.trim() !== '');

/** The measure with one field set; a group with nothing left is dropped, and so is an empty measure. */
export function withMeasure(measure: ServiceMeasure | undefined, edit: MeasureEdit): ServiceMeasure | undefined {
  const group = { ...EMPTY[edit.group], ...measure?.[edit.group], [edit.field]: edit.value.trim() };
  const next: ServiceMeasure = { ...measure, [edit.group]: group };
  if (!says(group)) delete next[edit.group];
  return next.training || next.inspection ? next : undefined;
}

/** One line for a collapsed group: its filled short fields, joined ("Weekly · Showroom manager"). */
export function measureDigest(measure: ServiceMeasure | undefined, group: 'training' | 'inspection'): string {
  const value = measure?.[group];
  if (!value) return '';
  const parts = group === 'training' ? [value.frequency, (value as Training).owner] : [(value as Inspection).who, value.frequency];
  return parts.map((p) => p.trim()).filter(Boolean).join(' · ');
}
