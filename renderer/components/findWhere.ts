// Where a match of a find is, in words: its lane and scene, or what kind of title it is.
import type { TFunction } from 'i18next';
import type { JourneyDoc } from '../../shared/model.ts';
import type { FindResult } from '../../shared/search.ts';

export function whereOf(result: FindResult, doc: JourneyDoc, t: TFunction): string {
  const target = result.target;
  const laneName = (id: string) => {
    const lane = doc.lanes[id];
    return lane ? lane.title || t(`laneKind.${lane.kind}`) : '';
  };
  switch (target.kind) {
    case 'card':
      return `${laneName(target.laneId)} · ${doc.scenes[target.sceneId]?.title ?? ''}`;
    case 'emotionPoint':
      return `${t('find.emotionNote')} · ${doc.scenes[target.sceneId]?.title ?? ''}`;
    default:
      return t(`find.kind.${target.kind}`);
  }
}
