// Where a comment is pinned, in words: the card's first line, the scene, the emotion point's scene, or the map.
import type { TFunction } from 'i18next';
import type { Comment, JourneyDoc } from '../../../shared/model.ts';

export function targetLabel(doc: JourneyDoc, comment: Pick<Comment, 'target' | 'targetId'>, t: TFunction): string {
  const id = comment.targetId ?? '';
  if (comment.target === 'card') {
    const text = doc.cards[id]?.text.trim().split('\n')[0]?.slice(0, 60) ?? '';
    return t('comments.onCard', { text: text || t('card.empty') });
  }
  if (comment.target === 'scene') return t('comments.onScene', { title: doc.scenes[id]?.title ?? '' });
  if (comment.target === 'emotionPoint') {
    const point = doc.emotionPoints[id];
    return t('comments.onPoint', { scene: point ? (doc.scenes[point.sceneId]?.title ?? '') : '' });
  }
  return t('comments.onMap');
}
