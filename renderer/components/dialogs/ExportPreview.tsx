// What the export will look like: the renderer's own SVG, on its sheet (PDF fit), under the
// sheet grid (PDF tiled) or on a checkerboard when the background is transparent.
import { memo, useEffect, useMemo } from 'react';
import type { PagePlan } from '../../../shared/export/pages.ts';
import type { SvgResult } from '../../../shared/export/svg.ts';
import { embeddedImageIds } from '../../../shared/export/svgImages.ts';

const BOX = { width: 560, height: 220 };

function useObjectUrl(svg: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), [svg]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

export const ExportPreview = memo(function ExportPreview({ map, plan, transparent, label }: { map: SvgResult; plan: PagePlan | null; transparent: boolean; label: string }) {
  const url = useObjectUrl(map.svg);
  // Everything is drawn in millimetres for a PDF, in map pixels otherwise.
  const fitted = plan && plan.tiles.length === 1;
  // Tiled sheets may reach past the map: show them whole.
  const last = plan?.tiles.at(-1);
  const width = fitted ? plan.pageWidth : Math.max(map.width, last ? last.x + last.width : 0);
  const height = fitted ? plan.pageHeight : Math.max(map.height, last ? last.y + last.height : 0);
  const mapBox = fitted
    ? {
        width: map.width * plan.mmPerPixel,
        height: map.height * plan.mmPerPixel,
        x: (plan.pageWidth - map.width * plan.mmPerPixel) / 2,
        y: (plan.pageHeight - map.height * plan.mmPerPixel) / 2,
      }
    : { x: 0, y: 0, width: map.width, height: map.height };
  const stroke = Math.max(width / BOX.width, height / BOX.height);
  return (
    // data-images: how many images the picture draws (not as placeholders), for the tests to see.
    <figure className="export-preview" data-testid="export-preview" data-images={embeddedImageIds(map.defs).length}>
      <svg viewBox={`${-2 * stroke} ${-2 * stroke} ${width + 4 * stroke} ${height + 4 * stroke}`} role="img" aria-label={label}>
        <defs>
          <pattern id="export-checker" width={stroke * 16} height={stroke * 16} patternUnits="userSpaceOnUse">
            <rect width={stroke * 16} height={stroke * 16} fill="#fff" />
            <rect width={stroke * 8} height={stroke * 8} fill="#e2e8f0" />
            <rect x={stroke * 8} y={stroke * 8} width={stroke * 8} height={stroke * 8} fill="#e2e8f0" />
          </pattern>
        </defs>
        {transparent && !plan ? (
          <rect fill="url(#export-checker)" width={map.width} height={map.height} />
        ) : (
          <rect width={fitted ? width : map.width} height={fitted ? height : map.height} fill="#fff" stroke="#94a3b8" strokeWidth={stroke} />
        )}
        <image href={url} {...mapBox} preserveAspectRatio="none" />
        {plan &&
          !fitted &&
          plan.tiles.map((tile) => (
            <g key={tile.label}>
              <rect x={tile.x} y={tile.y} width={tile.width} height={tile.height} fill="none" stroke="#0284c7" strokeWidth={stroke * 1.5} strokeDasharray={`${stroke * 6} ${stroke * 3}`} />
              <text x={tile.x + stroke * 8} y={tile.y + stroke * 22} fontSize={stroke * 18} fill="#0369a1" fontWeight={700}>
                {tile.label}
              </text>
            </g>
          ))}
      </svg>
      <figcaption data-testid="export-summary">{label}</figcaption>
    </figure>
  );
});
