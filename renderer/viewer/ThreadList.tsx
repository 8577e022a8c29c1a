// Review threads, read only: in the HTML file they can be read (when the export included them), not answered.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../shared/comments.ts';
import type { Comment, JourneyDoc } from '../../shared/model.ts';

function Message({ comment }: { comment: Comment }) {
  const { i18n } = useTranslation();
  const date = new Date(comment.createdAt);
  const when = Number.isNaN(date.getTime()) ? comment.createdAt : date.toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="viewer-comment" data-testid="viewer-comment">
      <span className="viewer-comment__head">
        <strong>{comment.author}</strong> <time dateTime={comment.createdAt}>{when}</time>
      </span>
      <span className="viewer-comment__text">{comment.text}</span>
    </li>
  );
}

function targetName(doc: JourneyDoc, comment: Comment, t: TFunction): string {
  if (comment.target === 'card') return t('comments.onCard', { text: doc.cards[comment.targetId ?? '']?.text.split('\n')[0]?.slice(0, 60) ?? '' });
  if (comment.target === 'scene') return t('comments.onScene', { title: doc.scenes[comment.targetId ?? '']?.title ?? '' });
  if (comment.target === 'emotionPoint') return t('comments.onPoint', { scene: doc.scenes[doc.emotionPoints[comment.targetId ?? '']?.sceneId ?? '']?.title ?? '' });
  return t('comments.onMap');
}

export function ThreadList({ doc, threads, showTarget = false }: { doc: JourneyDoc; threads: readonly Thread[]; showTarget?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="viewer-threads" data-testid="viewer-threads">
      {threads.map((thread) => (
        <li key={thread.root.id} className={`viewer-thread${thread.root.resolved ? ' is-resolved' : ''}`}>
          {showTarget && <p className="viewer-thread__target">{targetName(doc, thread.root, t)}</p>}
          {thread.root.resolved && <p className="viewer-thread__resolved">{t('comments.resolvedBy', { name: thread.root.resolvedBy ?? '' })}</p>}
          <ul>
            {[thread.root, ...thread.replies].map((comment) => (
              <Message key={comment.id} comment={comment} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
