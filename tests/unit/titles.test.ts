import { describe, expect, it } from 'vitest';
import { freshTitle } from '../../shared/titles.ts';

const scene = (n: number) => `Scene ${n}`;

describe('freshTitle', () => {
  it('numbers from the count up', () => {
    expect(freshTitle(['Scene 1', 'Scene 2', 'Scene 3'], 4, scene)).toBe('Scene 4');
  });
  it('skips names already taken, however the map got them', () => {
    expect(freshTitle(['Scene 2', 'Scene 2', 'Scene 3', 'Scene 4'], 3, scene)).toBe('Scene 5');
    expect(freshTitle(['场景 4'], 4, (n) => `场景 ${n}`)).toBe('场景 5');
  });
});
