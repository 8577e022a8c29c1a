// Review threads, read only: in the HTML file they can be read (when the export included them), not answered.
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../shared/comments.ts';
import type { Comment, JourneyDoc } from '../../shared/model.ts';
import { targetLabel } from '../components/comments/targetLabel.ts';
import { When } from '../components/comments/When.tsx';

function Message({ comment }: { comment: Comment }) {
  return (
    <li className="viewer-comment" data-testid="viewer-comment">
      <span className="viewer-comment__head">
        <strong>{comment.author}</strong> <When iso={comment.createdAt} />
      </span>
      <span className="viewer-comment__text">{comment.text}</span>
    </li>
  );
}

/** `onShow`: the threads say where each is pinned, and a click there shows that item on the map. */
export function ThreadList({ doc, threads, onShow }: { doc: JourneyDoc; threads: readonly Thread[]; onShow?: (comment: Comment) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="viewer-threads" data-testid="viewer-threads">
      {threads.map((thread) => (
        <li key={thread.root.id} className={`viewer-thread${thread.root.resolved ? ' is-resolved' : ''}`}>
          {onShow && (
            <button type="button" className="viewer-thread__target" onClick={() => onShow(thread.root)} disabled={thread.root.target === 'map'}>
              {targetLabel(doc, thread.root, t)}
            </button>
          )}
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
