// The review comments of the map, in the side panel: open or resolved threads, each saying
// where it is pinned (a click shows that card, scene or point); a box for a new comment on the
// map, or on the scene or point a "Comment…" menu entry chose.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { threadsOf, targetExists, type Thread } from '../../../shared/comments.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { addComment, changeAuthorName } from '../../actions/commentActions.ts';
import { showCard } from '../../actions/cardActions.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { storedAuthor, useComments, type CommentFilter } from '../../state/comments.ts';
import { session } from '../../state/session.ts';
import { Composer } from './Composer.tsx';
import { ThreadView } from './ThreadView.tsx';
import './comments.css';
import { targetLabel } from './targetLabel.ts';

const FILTERS: CommentFilter[] = ['open', 'resolved', 'all'];

/** Where a thread is pinned, in words, and how to show it. */
function whereOf(doc: JourneyDoc, thread: Thread, t: TFunction) {
  const { root } = thread;
  const gone = !targetExists(doc, root);
  const id = root.targetId ?? '';
  const label = targetLabel(doc, root, t);
  const point = root.target === 'emotionPoint' ? doc.emotionPoints[id] : undefined;
  if (root.target === 'card') return { label, gone, show: () => showCard(id) };
  return { label, gone, show: point ? () => session.set({ selectedPointId: id, activeCurveId: point.curveId }) : undefined };
}

export function CommentsPanel() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const filter = useComments((s) => s.filter);
  const draft = useComments((s) => s.draftTarget);
  const focus = useComments((s) => s.focus);
  const threads = threadsOf(doc);
  const shown = threads.filter((th) => filter === 'all' || (filter === 'resolved') === th.root.resolved);
  const count = (f: CommentFilter) => threads.filter((th) => f === 'all' || (f === 'resolved') === th.root.resolved).length;
  const draftLabel = draft ? whereOf(doc, { root: { ...draft, id: '', author: '', text: '', createdAt: '', resolved: false }, replies: [] }, t).label : t('comments.onMap');
  const author = storedAuthor();
  return (
    <section className="comments-panel" data-testid="comments-panel" aria-label={t('comments.title')}>
      <h2>{t('comments.title')}</h2>
      <div className="comments-panel__filters" role="group" aria-label={t('comments.show')}>
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} className={filter === f ? 'is-on' : undefined} onClick={() => useComments.setState({ filter: f })} data-testid={`comments-filter-${f}`}>
            {t(`comments.filter_${f}`, { count: String(count(f)) })}
          </button>
        ))}
      </div>
      <div className="comments-panel__new">
        <p className="comments-panel__target" data-testid="comment-target">
          {t('comments.newOn', { where: draftLabel })}
          {draft && (
            <button type="button" className="link-button" onClick={() => useComments.setState({ draftTarget: null })}>
              {t('comments.onMapInstead')}
            </button>
          )}
        </p>
        <Composer
          label={t('comments.new')}
          submit={t('comments.send')}
          focusKey={focus}
          placeholder={t('comments.placeholder')}
          onSubmit={(text) => void addComment(draft?.target ?? 'map', draft?.targetId, text).then((id) => id && useComments.setState({ draftTarget: null, filter: filter === 'resolved' ? 'open' : filter }))}
        />
        <p className="comments-panel__author">
          {author ? t('comments.as', { name: author }) : t('comments.nameAsked')}{' '}
          {author && (
            <button type="button" className="link-button" onClick={() => void changeAuthorName()}>
              {t('comments.changeName')}
            </button>
          )}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="panel-empty">{t(filter === 'resolved' ? 'comments.noneResolved' : 'comments.none')}</p>
      ) : (
        shown.map((thread) => <ThreadView key={thread.root.id} thread={thread} where={whereOf(doc, thread, t)} />)
      )}
    </section>
  );
}
