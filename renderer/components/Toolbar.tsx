// The bar above the map: file name with unsaved marker, file and history commands, zoom, language.
import { useTranslation } from 'react-i18next';
import { isEnabled, runAction, type BoundId } from '../actions/registry.ts';
import { titleWithShortcut } from '../actions/shortcutText.ts';
import { useEditorSnapshot } from '../state/editor.ts';
import { fileNameOf, useSession } from '../state/session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MapLoopFilterSelect } from './MapLoopFilterSelect.tsx';
import { ViewSelect } from './ViewSelect.tsx';

function ToolButton({ command, label, name }: { command: BoundId; label: string; name?: string }) {
  return (
    <button
      type="button"
      className="toolbar__button"
      onClick={() => runAction(command)}
      disabled={!isEnabled(command)}
      title={titleWithShortcut(name ?? label, command)}
      aria-label={name}
      data-command={command}
    >
      {label}
    </button>
  );
}

export function Toolbar() {
  const { t } = useTranslation();
  // Read so that the buttons' enabled state follows history and saving.
  const { dirty } = useEditorSnapshot();
  const path = useSession((s) => s.path);
  useSession((s) => s.busy);
  const name = fileNameOf(path, t('app.untitled'));
  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar__file" data-testid="file-name" title={path ?? undefined}>
        <span className="toolbar__name">{name}</span>
        {dirty && (
          <span className="toolbar__dirty" data-testid="unsaved-marker" title={t('toolbar.unsaved')}>
            ●
          </span>
        )}
      </div>
      <nav className="toolbar__group" aria-label={t('toolbar.file')}>
        <ToolButton command="close" label={t('toolbar.home')} />
        <ToolButton command="open" label={t('toolbar.open')} />
        <ToolButton command="save" label={t('toolbar.save')} />
        <ToolButton command="save-as" label={t('toolbar.saveAs')} />
        <ToolButton command="export" label={t('toolbar.export')} />
        <ToolButton command="versions" label={t('toolbar.versions')} />
      </nav>
      <nav className="toolbar__group" aria-label={t('toolbar.history')}>
        <ToolButton command="undo" label={t('toolbar.undo')} />
        <ToolButton command="redo" label={t('toolbar.redo')} />
      </nav>
      <nav className="toolbar__group" aria-label={t('toolbar.view')}>
        <ToolButton command="zoom-out" label="−" name={t('menu.zoomOut')} />
        <ToolButton command="zoom-in" label="+" name={t('menu.zoomIn')} />
        <ToolButton command="zoom-fit" label={t('toolbar.fit')} />
        <ToolButton command="find" label={t('toolbar.find')} />
      </nav>
      <nav className="toolbar__group" aria-label={t('views.title')}>
        <ViewSelect />
        <ToolButton command="present" label={t('toolbar.present')} />
      </nav>
      <nav className="toolbar__group" aria-label={t('personas.title')}>
        <ToolButton command="personas" label={t('toolbar.personas')} />
      </nav>
      <nav className="toolbar__group" aria-label={t('loop.board')}>
        <ToolButton command="pain-board" label={t('loop.boardButton')} name={t('menu.painBoard')} />
        <MapLoopFilterSelect />
      </nav>
      <div className="toolbar__spacer" />
      <ToolButton command="shortcuts" label="?" name={t('menu.shortcuts')} />
      <LanguageSwitch />
    </header>
  );
}
