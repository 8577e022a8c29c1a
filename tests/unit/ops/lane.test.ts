import { describe, expect, it } from 'vitest';
import { doUndoRedo, ids, smallMap } from './harness.ts';

describe('lane operations', () => {
  it('addLane by kind, at the end or at an index', () => {
    doUndoRedo(smallMap(), { type: 'addLane', id: 'pain', kind: 'painpoints', title: 'Pain points' }, (doc) => {
      expect(ids(doc.lanes)).toEqual(['needs', 'tp', 'pain']);
      expect(doc.lanes.pain).toMatchObject({ kind: 'painpoints', hidden: false });
    });
    doUndoRedo(smallMap(), { type: 'addLane', id: 'emo', kind: 'emotion', title: '情感', index: 1 }, (doc) => {
      expect(ids(doc.lanes)).toEqual(['needs', 'emo', 'tp']);
    });
  });

  it('renameLane', () => {
    doUndoRedo(smallMap(), { type: 'renameLane', id: 'tp', title: '客户触点' }, (doc) => {
      expect(doc.lanes.tp?.title).toBe('客户触点');
    });
  });

  it('moveLane', () => {
    doUndoRedo(smallMap(), { type: 'moveLane', id: 'tp', index: 0 }, (doc) => {
      expect(ids(doc.lanes)).toEqual(['tp', 'needs']);
    });
  });

  it('deleteLane removes its cards and links', () => {
    doUndoRedo(smallMap(), { type: 'deleteLane', id: 'tp' }, (doc) => {
      expect(ids(doc.lanes)).toEqual(['needs']);
      expect(Object.keys(doc.cards).sort()).toEqual(['c1', 'c2']);
      expect(doc.links).toEqual({});
    });
  });
});

describe('lane sizing and visibility', () => {
  it('setLaneHeight keeps the height within bounds', () => {
    doUndoRedo(smallMap(), { type: 'setLaneHeight', id: 'tp', height: 260.4 }, (doc) => {
      expect(doc.lanes.tp?.height).toBe(260);
    });
    doUndoRedo(smallMap(), { type: 'setLaneHeight', id: 'tp', height: 3 }, (doc) => {
      expect(doc.lanes.tp?.height).toBe(40);
    });
  });

  it('setLaneHidden and setLaneCollapsed', () => {
    doUndoRedo(smallMap(), { type: 'setLaneHidden', id: 'needs', hidden: true }, (doc) => {
      expect(doc.lanes.needs?.hidden).toBe(true);
    });
    const collapsed = doUndoRedo(smallMap(), { type: 'setLaneCollapsed', id: 'needs', collapsed: true }, (doc) => {
      expect(doc.lanes.needs?.collapsed).toBe(true);
    });
    doUndoRedo(collapsed, { type: 'setLaneCollapsed', id: 'needs', collapsed: false }, (doc) => {
      expect(doc.lanes.needs).not.toHaveProperty('collapsed');
    });
  });
});
