// Every command and its keys (? or F1), grouped as in the menus, in the UI language. Generated
// from shared/commands.ts, so a new command is listed the day it gets a key.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_GROUPS, COMMAND_IDS, commandSpec } from '../../../shared/commands.ts';
import { shortcutsOf } from '../../actions/shortcutText.ts';
import { session } from '../../state/session.ts';
import { Modal } from './Modal.tsx';

export function ShortcutSheet() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const close = () => session.set({ dialog: null });
  const groups = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return COMMAND_GROUPS.map((group) => ({
      group,
      rows: COMMAND_IDS.filter((id) => commandSpec(id).group === group && !commandSpec(id).hidden)
        .map((id) => ({ id, label: t(`menu.${commandSpec(id).label}`), keys: shortcutsOf(id) }))
        .filter((row) => row.keys.length > 0 && (!needle || row.label.toLowerCase().includes(needle) || row.keys.some((k) => k.toLowerCase().includes(needle)))),
    })).filter((g) => g.rows.length > 0);
  }, [filter, t]);
  return (
    <Modal label={t('shortcutSheet.title')} onCancel={close} testId="shortcut-sheet">
      <div className="shortcut-sheet">
        <header className="shortcut-sheet__head">
          <h2>{t('shortcutSheet.title')}</h2>
          {/* Not type="search": there Esc only clears the field, and Esc should close the sheet. */}
          <input
            type="text"
            autoFocus
            value={filter}
            placeholder={t('shortcutSheet.filter')}
            aria-label={t('shortcutSheet.filter')}
            onChange={(e) => setFilter(e.target.value)}
          />
          <button type="button" onClick={close}>
            {t('shortcutSheet.close')}
          </button>
        </header>
        <div className="shortcut-sheet__groups">
          {groups.map(({ group, rows }) => (
            <section key={group} className="shortcut-sheet__group" aria-label={t(`shortcutSheet.groups.${group}`)}>
              <h3>{t(`shortcutSheet.groups.${group}`)}</h3>
              <dl>
                {rows.map((row) => (
                  <div key={row.id} className="shortcut-row" data-command={row.id}>
                    <dt>{row.label}</dt>
                    <dd>
                      {row.keys.map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="shortcut-sheet__hint">{t('shortcutSheet.hint')}</p>
      </div>
    </Modal>
  );
}
