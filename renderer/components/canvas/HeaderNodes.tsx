// Headers of the grid: the map title corner, stages, scenes and lanes.
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lane, Scene, Stage } from '../../../shared/model.ts';

export type CornerNodeType = Node<{ title: string; persona: string }, 'corner'>;
export type StageNodeType = Node<{ stage: Stage; sceneCount: number }, 'stage'>;
export type SceneNodeType = Node<{ scene: Scene }, 'scene'>;
export type LaneHeaderNodeType = Node<{ lane: Lane }, 'laneHeader'>;

export const CornerNode = memo(function CornerNode({ data }: NodeProps<CornerNodeType>) {
  return (
    <div className="corner">
      <div className="corner__title" title={data.title}>
        {data.title}
      </div>
      {data.persona && <div className="corner__persona">{data.persona}</div>}
    </div>
  );
});

export const StageNode = memo(function StageNode({ data }: NodeProps<StageNodeType>) {
  const { t } = useTranslation();
  return (
    <div className="stage-header" data-testid="stage-header">
      <span className="stage-header__title">{data.stage.title || t('stage.untitled')}</span>
    </div>
  );
});

export const SceneNode = memo(function SceneNode({ data }: NodeProps<SceneNodeType>) {
  const { t } = useTranslation();
  const { scene } = data;
  return (
    <div className="scene-header" data-testid="scene-header">
      <span className="scene-header__title">{scene.title || t('scene.untitled')}</span>
      <span className={`channel-badge channel-badge--${scene.channel}`}>{t(`channel.${scene.channel}`)}</span>
    </div>
  );
});

export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: NodeProps<LaneHeaderNodeType>) {
  const { t } = useTranslation();
  const { lane } = data;
  const kind = t(`laneKind.${lane.kind}`);
  return (
    <div className={`lane-header lane-header--${lane.kind}`} data-testid="lane-header">
      <span className="lane-header__title">{lane.title || kind}</span>
      {lane.title && lane.title !== kind && <span className="lane-header__kind">{kind}</span>}
    </div>
  );
});
