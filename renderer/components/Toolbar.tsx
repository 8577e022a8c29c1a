// The bar above the map: file name with unsaved marker, file and history commands, zoom, language.
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/api.ts';
import { runAction } from '../actions/registry.ts';
import { useEditorSnapshot } from '../state/editor.ts';
import { fileNameOf, useSession } from '../state/session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

function ToolButton({ command, label, shortcut, disabled }: { command: MenuCommand; label: string; shortcut?: string; disabled?: boolean }) {
  return (
    <button
      type="button"
      className="toolbar__button"
      onClick={() => runAction(command)}
      disabled={disabled}
      title={shortcut ? `${label} (${shortcut})` : label}
      data-command={command}
    >
      {label}
    </button>
  );
}

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function Toolbar() {
  const { t } = useTranslation();
  const { canUndo, canRedo, dirty } = useEditorSnapshot();
  const path = useSession((s) => s.path);
  const busy = useSession((s) => s.busy);
  const name = fileNameOf(path, t('app.untitled'));
  return (
    <header className="toolbar">
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
        <ToolButton command="open" label={t('toolbar.open')} shortcut={`${MOD}O`} />
        <ToolButton command="save" label={t('toolbar.save')} shortcut={`${MOD}S`} disabled={busy} />
        <ToolButton command="save-as" label={t('toolbar.saveAs')} shortcut={`${MOD}Shift+S`} disabled={busy} />
        <ToolButton command="export" label={t('toolbar.export')} shortcut={`${MOD}E`} disabled={busy} />
        <ToolButton command="versions" label={t('toolbar.versions')} disabled={busy} />
      </nav>
      <nav className="toolbar__group" aria-label={t('toolbar.history')}>
        <ToolButton command="undo" label={t('toolbar.undo')} shortcut={`${MOD}Z`} disabled={!canUndo} />
        <ToolButton command="redo" label={t('toolbar.redo')} shortcut={`${MOD}Shift+Z`} disabled={!canRedo} />
      </nav>
      <nav className="toolbar__group" aria-label={t('toolbar.view')}>
        <ToolButton command="zoom-out" label="−" shortcut={`${MOD}-`} />
        <ToolButton command="zoom-in" label="+" shortcut={`${MOD}=`} />
        <ToolButton command="zoom-fit" label={t('toolbar.fit')} shortcut={`${MOD}0`} />
      </nav>
      <div className="toolbar__spacer" />
      <LanguageSwitch />
    </header>
  );
}
