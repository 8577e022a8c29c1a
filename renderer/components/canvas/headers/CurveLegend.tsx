// Which line is which, on the emotion lane's header itself (only when there are two or more).
import type { JourneyDoc } from '../../../../shared/model.ts';
import { sortOrdered } from '../../../../shared/order.ts';

export function CurveLegend({ doc }: { doc: JourneyDoc }) {
  const curves = sortOrdered(Object.values(doc.curves)).filter((c) => !c.hidden);
  if (curves.length < 2) return null;
  return (
    <ul className="lane-legend" data-testid="lane-legend">
      {curves.map((curve) => (
        <li key={curve.id}>
          <span className="lane-legend__swatch" style={{ background: curve.colour }} />
          {curve.name}
        </li>
      ))}
    </ul>
  );
}
