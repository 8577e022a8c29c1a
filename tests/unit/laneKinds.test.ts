import { describe, expect, it } from 'vitest';
import { drawsCurve, fieldsAllowed, fieldsFor, holdsCards, isPathKind, laneKind } from '../../shared/laneKinds.ts';
import { Editor } from '../../shared/editor.ts';
import { layoutMap } from '../../shared/layout.ts';
import { DEFAULT_LANE_HEIGHT, LANE_KINDS } from '../../shared/model.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import { laneColours, themeVariables } from '../../shared/theme.ts';
import { smallMap } from './ops/harness.ts';

describe('lane kinds: one definition each', () => {
  it('every kind is defined, with its theme', () => {
    for (const kind of LANE_KINDS) {
      const definition = laneKind(kind);
      expect(definition.theme, kind).toEqual(laneColours(kind));
      expect(definition.height, kind).toBeGreaterThan(0);
    }
  });

  it('the emotion lane holds the curve, no cards; touchpoints join the path', () => {
    expect(holdsCards('emotion')).toBe(false);
    expect(drawsCurve('emotion')).toBe(true);
    expect(holdsCards(undefined)).toBe(false);
    expect(LANE_KINDS.filter((kind) => holdsCards(kind))).toHaveLength(LANE_KINDS.length - 1);
    expect(LANE_KINDS.filter(isPathKind)).toEqual(['touchpoints']);
  });

  it('say which fields a card keeps when it moves into a lane', () => {
    expect(fieldsAllowed('touchpoints')).toEqual(['colour', 'tags', 'images', 'channel', 'role']);
    // A site photo stays attached wherever its card goes.
    const photo = 'a'.repeat(64);
    expect(fieldsFor('images', { images: [photo], severity: 2 })).toEqual({ images: [photo] });
    expect(fieldsFor('needs', { colour: 'red', severity: 3, channel: 'App', tags: ['a'] })).toEqual({ colour: 'red', tags: ['a'] });
    expect(fieldsFor('painpoints', { severity: 3, role: 'Guard' })).toEqual({ severity: 3 });
  });

  it('give the layout its lane heights (until a lane is resized or grows to fit its cards)', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addLane', id: 'feel', kind: 'emotion', title: 'Emotion' },
      { type: 'addLane', id: 'empty', kind: 'opportunities', title: 'Ideas' },
    ]);
    const rows = Object.fromEntries(layoutMap(editor.doc).rows.map((r) => [r.laneId, r.height]));
    expect(rows.feel).toBe(laneKind('emotion').height);
    expect(rows.empty).toBe(DEFAULT_LANE_HEIGHT);
    expect(laneKind('emotion').height).not.toBe(DEFAULT_LANE_HEIGHT);
  });
});

describe('theme tokens', () => {
  it('reach the canvas as CSS variables, one per token', () => {
    const vars = themeVariables(LANE_KINDS);
    for (const kind of LANE_KINDS) {
      expect(vars[`--lane-${kind}-accent`]).toBe(laneColours(kind).accent);
      expect(vars[`--lane-${kind}-fill`]).toBe(laneColours(kind).fill);
    }
    expect(Object.values(vars).every((value) => /^#[0-9a-f]{6}$/.test(value))).toBe(true);
  });

  it('are what the export draws with', () => {
    const { svg } = renderSvg(smallMap());
    expect(svg).toContain(`fill="${laneColours('needs').fill}"`);
    expect(svg).toContain(laneColours('touchpoints').accent);
  });
});
