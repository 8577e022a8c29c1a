// Series numbering and the map's roles (shared/serviceActions.ts), and what a service action card
// shows under its text, on screen and in the exported SVG alike.
import { describe, expect, it } from 'vitest';
import { cardMetaParts } from '../../shared/cardStyle.ts';
import { Editor } from '../../shared/editor.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import { mapRoles, seriesNamesIn, seriesOf, seriesPlace } from '../../shared/serviceActions.ts';
import { smallMap } from './ops/harness.ts';

function routineMap() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'sa', kind: 'service-actions', title: 'Service actions' },
    { type: 'addLane', id: 'staff', kind: 'roles', title: 'Roles' },
    { type: 'addCard', id: 'r1', laneId: 'staff', sceneId: 'a1', text: 'Cleaner\nkeeps the entrance tidy' },
    { type: 'addCard', id: 's1', laneId: 'sa', sceneId: 'b1', text: 'Smile', fields: { series: 'Welcome', roles: ['Sales consultant'], steps: ['Eyes up', '', 'Smile'] } },
    { type: 'addCard', id: 's2', laneId: 'sa', sceneId: 'b1', text: 'Greet by name', fields: { series: ' Welcome ' } },
    { type: 'addCard', id: 's3', laneId: 'sa', sceneId: 'b1', text: 'Offer a drink' },
    { type: 'addCard', id: 's4', laneId: 'sa', sceneId: 'b1', text: 'Hand over the card', fields: { series: 'Welcome', roles: ['Guard', '门卫'] } },
    { type: 'addCard', id: 's5', laneId: 'sa', sceneId: 'a1', text: 'Reply', fields: { series: 'Welcome' } },
  ]);
  return editor.doc;
}

describe('service action series', () => {
  it('numbers the actions of one scene with the same name in card order; another scene has its own', () => {
    const doc = routineMap();
    expect(seriesPlace(doc, 's1')).toEqual({ series: 'Welcome', index: 1, count: 3 });
    expect(seriesPlace(doc, 's2')).toEqual({ series: 'Welcome', index: 2, count: 3 });
    expect(seriesPlace(doc, 's4')).toEqual({ series: 'Welcome', index: 3, count: 3 });
    expect(seriesPlace(doc, 's3')).toBeNull();
    expect(seriesPlace(doc, 's5')).toEqual({ series: 'Welcome', index: 1, count: 1 });
    expect(seriesOf(doc).map((s) => [s.sceneId, s.name, s.cardIds])).toEqual([
      ['a1', 'Welcome', ['s5']],
      ['b1', 'Welcome', ['s1', 's2', 's4']],
      ['b1', '', ['s3']],
    ]);
    expect(seriesNamesIn(doc, 'b1')).toEqual(['Welcome']);
    expect(seriesNamesIn(doc, 'a2')).toEqual([]);
  });

  it('names the roles of touchpoints, roles cards and service actions, each once', () => {
    expect(mapRoles(routineMap())).toEqual(['Guard', 'Cleaner', 'Sales consultant', '门卫']);
    const editor = new Editor(routineMap());
    // another action names a role again in other case: still one role, as first spelled
    editor.apply({ type: 'setCardFields', id: 's4', fields: { roles: ['  guard ', 'CLEANER', '门卫', 'Trainer'] } });
    expect(mapRoles(editor.doc)).toEqual(['Guard', 'Cleaner', 'Sales consultant', '门卫', 'Trainer']);
  });

  it('a card shows its place in the series, then roles and the number of steps; the export draws the same', () => {
    const doc = routineMap();
    expect(cardMetaParts(doc, doc.cards.s1!)).toEqual([
      { text: 'Welcome 1/3', tone: 'series' },
      { text: 'Sales consultant · ☑ 2', tone: 'details' },
    ]);
    expect(cardMetaParts(doc, doc.cards.s3!)).toEqual([]);
    const { svg } = renderSvg(doc);
    for (const text of ['Welcome 1/3', 'Welcome 2/3', 'Welcome 3/3', 'Guard · 门卫']) expect(svg).toContain(text);
  });
});
