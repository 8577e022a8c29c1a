import { describe, expect, it } from 'vitest';
import { ServiceMeasureSchema } from '../../shared/laneKinds.ts';
import { measureDigest, withMeasure } from '../../shared/serviceMeasure.ts';

describe('management measure of a service action', () => {
  it('fills a group field by field, every result valid', () => {
    let measure = withMeasure(undefined, { group: 'training', field: 'plan', value: ' Role-play the greeting ' });
    expect(measure).toEqual({ training: { plan: 'Role-play the greeting', frequency: '', owner: '' } });
    measure = withMeasure(measure, { group: 'training', field: 'frequency', value: 'Weekly' });
    measure = withMeasure(measure, { group: 'inspection', field: 'who', value: '展厅经理' });
    expect(measure).toEqual({
      training: { plan: 'Role-play the greeting', frequency: 'Weekly', owner: '' },
      inspection: { who: '展厅经理', frequency: '', how: '' },
    });
    expect(ServiceMeasureSchema.safeParse(measure).success).toBe(true);
  });

  it('drops a group with nothing left, and the measure when both are empty', () => {
    const measure = { training: { plan: 'x', frequency: '', owner: '' }, inspection: { who: 'Manager', frequency: '', how: '' } };
    expect(withMeasure(measure, { group: 'training', field: 'plan', value: '  ' })).toEqual({ inspection: measure.inspection });
    expect(withMeasure({ inspection: measure.inspection }, { group: 'inspection', field: 'who', value: '' })).toBeUndefined();
  });

  it('digests a folded group into one line', () => {
    const measure = { training: { plan: 'Drill', frequency: 'Weekly', owner: 'Showroom manager' }, inspection: { who: 'Mystery shopper', frequency: '', how: 'Visit' } };
    expect(measureDigest(measure, 'training')).toBe('Weekly · Showroom manager');
    expect(measureDigest(measure, 'inspection')).toBe('Mystery shopper');
    expect(measureDigest(undefined, 'training')).toBe('');
  });
});
