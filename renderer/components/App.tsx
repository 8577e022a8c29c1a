import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleShortcut, runAction } from '../actions/registry.ts';
import { currentLocale } from '../i18n.ts';
import { bridge, shell } from '../platform/platform.ts';
import { useEditorSnapshot } from '../state/editor.ts';
import { fileNameOf, session, useSession } from '../state/session.ts';
import { ExportDialog } from './dialogs/ExportDialog.tsx';
import { FileDialog } from './dialogs/FileDialog.tsx';
import { UnsavedDialog } from './dialogs/UnsavedDialog.tsx';
import { MapCanvas } from './canvas/MapCanvas.tsx';
import { Palette } from './canvas/Palette.tsx';
import { ChoiceDialog, ConfirmDialog, TextDialog } from './dialogs/SmallDialogs.tsx';
import { RecoveryDialog } from './dialogs/RecoveryDialog.tsx';
import { VersionsDialog } from './dialogs/VersionsDialog.tsx';
import { loadDrafts, watchForRecovery } from '../actions/recovery.ts';
import { owner, releaseFile, reopenAfterReload } from '../actions/documentActions.ts';
import { noteForReload, reopenPending } from '../actions/reopen.ts';
import { SidePanel } from './SidePanel.tsx';
import { ContextMenu } from './ContextMenu.tsx';
import { FindBar } from './FindBar.tsx';
import { OpportunityMatrix } from './OpportunityMatrix.tsx';
import { PainBoard } from './PainBoard.tsx';
import { useMatrix } from '../state/matrix.ts';
import { usePainBoard } from '../state/painBoard.ts';
import { ShortcutSheet } from './dialogs/ShortcutSheet.tsx';
import { TemplateGallery } from './dialogs/TemplateGallery.tsx';
import { PersonasDialog } from './dialogs/PersonasDialog.tsx';
import { ViewsDialog } from './dialogs/ViewsDialog.tsx';
import { MapPresentation } from './present/MapPresentation.tsx';
import { usePresentation } from '../state/presentation.ts';
import { useViewsDialog } from '../state/viewsDialog.ts';
import { usePersonasDialog } from '../state/personasDialog.ts';
import { useFind } from '../state/find.ts';
import { Inspector } from './Inspector.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { StartView } from './StartView.tsx';
import { Toolbar } from './Toolbar.tsx';

function useWindowState() {
  const { t } = useTranslation();
  const view = useSession((s) => s.view);
  const path = useSession((s) => s.path);
  const { dirty: docDirty } = useEditorSnapshot();
  const dirty = view === 'map' && docDirty;
  const name = view === 'map' ? fileNameOf(path, t('app.untitled')) : null;
  useEffect(() => {
    const title = name ? `${dirty ? '● ' : ''}${name} — ${t('app.name')}` : t('app.name');
    document.title = title;
    bridge.setWindowState({ title, dirty, locale: currentLocale() });
  }, [name, dirty, t]);

  // The web shell cannot ask Save / Don't save on close; the browser's own prompt is the guard.
  useEffect(() => {
    if (shell !== 'web' || !dirty) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}

export function App() {
  const view = useSession((s) => s.view);
  const dialog = useSession((s) => s.dialog);
  const exportOpen = useSession((s) => s.exportOpen);
  const personasOpen = usePersonasDialog((s) => s.open);
  const viewsOpen = useViewsDialog((s) => s.open);
  const presenting = usePresentation((s) => s.open);
  // A new canvas for each document shown, so its viewport starts fresh.
  const docKey = useSession((s) => s.docKey);
  const hasSelection = useSession((s) => s.selection.length > 0);
  const finding = useFind((s) => s.open);
  const matrix = useMatrix((s) => s.open);
  const painBoard = usePainBoard((s) => s.open);
  const [reopening, setReopening] = useState(() => shell === 'web' && reopenPending());
  useWindowState();

  // Unsaved work from a session that crashed is offered once, at start; a reloaded web page
  // first shows again what it showed.
  useEffect(() => {
    // Leaving the page also gives up the file's lock (a reload takes it again, as the same owner).
    const stop = watchForRecovery((keptDraft) => {
      const { view, path } = session.get();
      if (shell === 'web') noteForReload({ owner, path: view === 'map' ? path : null, draftId: keptDraft });
      releaseFile();
    });
    let cancelled = false;
    void loadDrafts().then(async (drafts) => {
      if (cancelled) return;
      const reopened = shell === 'web' && (await reopenAfterReload());
      setReopening(false);
      // This tab offered the drafts at its first start already.
      if (reopened) return;
      if (drafts.length > 0 && !session.get().dialog) session.set({ dialog: { kind: 'recovery' } });
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  useEffect(() => {
    window.addEventListener('keydown', handleShortcut);
    const stop = bridge.onCommand(runAction);
    return () => {
      window.removeEventListener('keydown', handleShortcut);
      stop();
    };
  }, []);

  return (
    <div className={`app app--${view}`}>
      {view === 'map' && <Toolbar />}
      <NoticeBar />
      {view === 'map' ? (
        <div className="workspace">
          <div className="workspace__main">
            <Palette />
            <MapCanvas key={docKey} />
            {finding && <FindBar />}
            {matrix && <OpportunityMatrix />}
            {painBoard && <PainBoard />}
          </div>
          {hasSelection ? <Inspector /> : <SidePanel />}
        </div>
      ) : reopening ? null : (
        <StartView />
      )}
      {exportOpen && view === 'map' && <ExportDialog />}
      {dialog?.kind === 'file' && <FileDialog {...dialog} />}
      {dialog?.kind === 'unsaved' && <UnsavedDialog {...dialog} />}
      {dialog?.kind === 'confirm' && <ConfirmDialog {...dialog} />}
      {dialog?.kind === 'text' && <TextDialog {...dialog} />}
      {dialog?.kind === 'choice' && <ChoiceDialog {...dialog} />}
      {dialog?.kind === 'recovery' && <RecoveryDialog />}
      {dialog?.kind === 'versions' && view === 'map' && <VersionsDialog />}
      {dialog?.kind === 'shortcuts' && <ShortcutSheet />}
      {dialog?.kind === 'templates' && <TemplateGallery />}
      {personasOpen && view === 'map' && <PersonasDialog />}
      {viewsOpen && view === 'map' && <ViewsDialog />}
      {presenting && view === 'map' && <MapPresentation />}
      {view === 'map' && <ContextMenu />}
    </div>
  );
}
