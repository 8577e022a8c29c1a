// The map being edited, presented as its shown view has it.
import { stopPresenting } from '../../actions/presentActions.ts';
import { useEditorSnapshot } from '../../state/editor.ts';
import { viewedOf } from '../../state/layoutCache.ts';
import { useSession } from '../../state/session.ts';
import { Presentation } from './Presentation.tsx';

export function MapPresentation() {
  const { doc } = useEditorSnapshot();
  useSession((s) => s.shownViewId);
  return <Presentation doc={viewedOf(doc)} onLeave={stopPresenting} />;
}
