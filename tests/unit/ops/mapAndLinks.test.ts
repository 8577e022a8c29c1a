import { describe, expect, it } from 'vitest';
import { doUndoRedo, smallMap } from './harness.ts';

describe('map and link operations', () => {
  it('setMapTitle', () => {
    doUndoRedo(smallMap(), { type: 'setMapTitle', title: '首次到店' }, (doc) => {
      expect(doc.map.title).toBe('首次到店');
    });
  });

  it('addLink between two cards, and deleteLink', () => {
    doUndoRedo(smallMap(), { type: 'addLink', id: 'l2', fromCardId: 'c1', toCardId: 't1' }, (doc) => {
      expect(doc.links.l2).toEqual({ id: 'l2', fromCardId: 'c1', toCardId: 't1', label: '' });
    });
    doUndoRedo(smallMap(), { type: 'deleteLink', id: 'l1' }, (doc) => {
      expect(doc.links).toEqual({});
    });
  });

  it('addLink refuses a self link and missing cards', () => {
    expect(() => doUndoRedo(smallMap(), { type: 'addLink', id: 'l2', fromCardId: 't1', toCardId: 't1' }, () => {})).toThrow(/itself/);
    expect(() => doUndoRedo(smallMap(), { type: 'addLink', id: 'l2', fromCardId: 't1', toCardId: 'zz' }, () => {})).toThrow(/no card/);
  });
});

describe('link label', () => {
  it('setLinkLabel', () => {
    doUndoRedo(smallMap(), { type: 'setLinkLabel', id: 'l1', label: '预约到店' }, (doc) => {
      expect(doc.links.l1?.label).toBe('预约到店');
    });
  });
});
