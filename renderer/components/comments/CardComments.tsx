// The review comments on the selected card, in its inspector: its threads and a box for a new one.
import { useTranslation } from 'react-i18next';
import { threadsOf } from '../../../shared/comments.ts';
import { addComment } from '../../actions/commentActions.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { useComments } from '../../state/comments.ts';
import { Composer } from './Composer.tsx';
import { ThreadView } from './ThreadView.tsx';
import './comments.css';

export function CardComments({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const focus = useComments((s) => s.focus);
  const threads = threadsOf(doc).filter((th) => th.root.target === 'card' && th.root.targetId === cardId);
  const open = threads.filter((th) => !th.root.resolved).length;
  return (
    <section className="card-comments" data-testid="card-comments" aria-label={t('comments.title')}>
      <h3>
        {t('comments.title')} {open > 0 && <span className="card-comments__count">{open}</span>}
      </h3>
      {threads.map((thread) => (
        <ThreadView key={thread.root.id} thread={thread} />
      ))}
      <Composer label={t('comments.new')} submit={t('comments.send')} focusKey={focus} placeholder={t('comments.placeholder')} onSubmit={(text) => void addComment('card', cardId, text)} />
    </section>
  );
}
