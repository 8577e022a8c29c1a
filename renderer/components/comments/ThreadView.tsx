// One review thread: its first comment and the replies, each with author and time; a reply box;
// resolve or reopen; edit or delete a comment (deleting the first deletes the thread).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../../shared/comments.ts';
import type { Comment } from '../../../shared/model.ts';
import { deleteComment, editComment, replyTo, setResolved } from '../../actions/commentActions.ts';
import { Composer } from './Composer.tsx';
import { When } from './When.tsx';

function Message({ comment, first }: { comment: Comment; first: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <li className="comment" data-testid="comment" data-comment-id={comment.id}>
      <div className="comment__head">
        <strong className="comment__author">{comment.author}</strong>
        <When iso={comment.createdAt} />
        {comment.editedAt && <span className="comment__edited">{t('comments.edited')}</span>}
      </div>
      {editing ? (
        <Composer
          initial={comment.text}
          label={t('comments.edit')}
          submit={t('comments.save')}
          onSubmit={(text) => {
            editComment(comment.id, text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
          autoFocus
        />
      ) : (
        <p className="comment__text">{comment.text}</p>
      )}
      {!editing && (
        <div className="comment__actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
          <button type="button" className="link-button comment__delete" onClick={() => deleteComment(comment.id)} data-testid="comment-delete">
            {first ? t('comments.deleteThread') : t('comments.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

export function ThreadView({ thread, where }: { thread: Thread; where?: { label: string; gone: boolean; show?: () => void } }) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const { root } = thread;
  return (
    <article className={`thread${root.resolved ? ' is-resolved' : ''}`} data-testid="thread" data-comment-id={root.id} data-resolved={root.resolved}>
      {where && (
        <p className="thread__where">
          {where.show && !where.gone ? (
            <button type="button" className="link-button" onClick={where.show}>
              {where.label}
            </button>
          ) : (
            where.label
          )}
          {where.gone && <span className="thread__gone"> · {t('comments.gone')}</span>}
        </p>
      )}
      <ol className="thread__comments">
        {[root, ...thread.replies].map((comment, i) => (
          <Message key={comment.id} comment={comment} first={i === 0} />
        ))}
      </ol>
      {root.resolved && root.resolvedBy && (
        <p className="thread__resolved">
          {t('comments.resolvedBy', { name: root.resolvedBy })} {root.resolvedAt && <When iso={root.resolvedAt} />}
        </p>
      )}
      {replying ? (
        <Composer label={t('comments.reply')} submit={t('comments.send')} onSubmit={(text) => void replyTo(root.id, text).then((id) => id && setReplying(false))} onCancel={() => setReplying(false)} autoFocus />
      ) : (
        <div className="thread__actions">
          <button type="button" onClick={() => setReplying(true)} data-testid="thread-reply">
            {t('comments.reply')}
          </button>
          <button type="button" onClick={() => void setResolved(root.id, !root.resolved)} data-testid={root.resolved ? 'thread-reopen' : 'thread-resolve'}>
            {root.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      )}
    </article>
  );
}
