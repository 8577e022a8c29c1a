// Which line is which, on the emotion lane's header itself (with two curves or more, or a curve
// that belongs to a persona): "Li Wei — Current experience", as in the export.
import type { JourneyDoc } from '../../../../shared/model.ts';
import { sortOrdered } from '../../../../shared/order.ts';
import { curveLabel, legendShown } from '../../../../shared/personas.ts';

export function CurveLegend({ doc }: { doc: JourneyDoc }) {
  const curves = sortOrdered(Object.values(doc.curves)).filter((c) => !c.hidden);
  if (!legendShown(doc, curves)) return null;
  return (
    <ul className="lane-legend" data-testid="lane-legend">
      {curves.map((curve) => (
        <li key={curve.id} data-curve-id={curve.id}>
          <span className="lane-legend__swatch" style={{ background: curve.colour }} />
          <span className="lane-legend__name">{curveLabel(doc, curve)}</span>
        </li>
      ))}
    </ul>
  );
}
