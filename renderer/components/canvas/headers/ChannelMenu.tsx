// A scene's channel badge; clicking it (or Enter, or ↓) opens a menu of the three channels.
// Choosing one is one undoable step.
import { useTranslation } from 'react-i18next';
import { CHANNEL_CHOICES, type Scene, type SceneChannel } from '../../../../shared/model.ts';
import { useMenu } from '../../../hooks/useMenu.ts';
import { editor } from '../../../state/editor.ts';

export function ChannelMenu({ scene }: { scene: Scene }) {
  const { t } = useTranslation();
  const { open, close, buttonProps, menuProps } = useMenu();
  const choose = (channel: SceneChannel) => {
    if (channel !== scene.channel) editor.apply({ type: 'setSceneChannel', id: scene.id, channel }, 'setSceneChannel');
    close(true);
  };
  return (
    <span className="channel-menu" onPointerDown={(e) => e.stopPropagation()}>
      <button type="button" className={`channel-badge channel-badge--${scene.channel}`} title={t('headers.chooseChannel')} {...buttonProps}>
        {t(`channel.${scene.channel}`)}
      </button>
      {open && (
        <ul className="kind-menu channel-menu__list" aria-label={t('headers.channel')} {...menuProps}>
          {CHANNEL_CHOICES.map((channel) => (
            <li key={channel} role="none">
              <button type="button" role="menuitemradio" aria-checked={channel === scene.channel} onClick={() => choose(channel)}>
                <span className={`channel-dot channel-dot--${channel}`} aria-hidden />
                {t(`channel.${channel}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
