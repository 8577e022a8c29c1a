import { describe, expect, it } from 'vitest';
import { quadrantOf, scoresAt } from '../../shared/matrix.ts';
import { valueOf } from '../../shared/opportunities.ts';

const s = (value: number, reason = '') => ({ value, reason });

describe('opportunity matrix', () => {
  it('names the four quadrants by value and feasibility', () => {
    expect(quadrantOf(4, 4)).toBe('quickWins');
    expect(quadrantOf(4.5, 2)).toBe('bigBets');
    expect(quadrantOf(2, 5)).toBe('fillIns');
    expect(quadrantOf(1, 1)).toBe('deprioritise');
    expect(quadrantOf(3, 3)).toBe('quickWins');
  });

  it('a drop sets feasibility and moves the value criteria together, keeping reasons', () => {
    const before = { need: s(2, 'wants the price'), pain: s(3), visibility: s(1), feasibility: s(2, 'one person') };
    const after = scoresAt(before, 4, 5);
    expect(after).toEqual({ need: s(4, 'wants the price'), pain: s(5), visibility: s(3), feasibility: s(5, 'one person') });
    expect(valueOf({ scores: after })).toBe(4);
  });

  it('an unscored opportunity dropped on the matrix gets the value it was dropped at', () => {
    expect(scoresAt(undefined, 3.6, 1.2)).toEqual({ need: s(4), pain: s(4), visibility: s(4), feasibility: s(1) });
  });

  it('stays within 1–5 at the edges', () => {
    const after = scoresAt({ need: s(5), pain: s(4), visibility: s(5) }, 9, 0);
    expect(Object.values(after).every((c) => c!.value >= 1 && c!.value <= 5)).toBe(true);
    expect(after.feasibility?.value).toBe(1);
  });
});
