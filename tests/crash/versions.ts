// The versions the kill test saves: even ones large, odd ones small, each titled with its number,
// so a reopened file shows which save it holds and whether it holds all of it. Generated once
// by the test and handed to each child as JSON (generating them takes longer than a kill cycle).
import type { JourneyDoc } from '../../shared/model.ts';
import { generateMap } from '../bench/generateMap.ts';

export type Versions = [large: JourneyDoc, small: JourneyDoc];

export const makeVersions = (): Versions => [generateMap({ scenes: 40, lanes: 8, cards: 1500 }), generateMap({ scenes: 6, lanes: 4, cards: 30 })];

export function versionOf([large, small]: Versions, n: number): JourneyDoc {
  const base = n % 2 === 0 ? large : small;
  return { ...base, map: { ...base.map, title: `version ${n}` } };
}
