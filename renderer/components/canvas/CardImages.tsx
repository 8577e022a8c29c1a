// A card's images on the canvas, where the layout put them (shared/layout.ts cardImages): the
// storyboard frame above the caption, the other images as thumbnails at the card's foot, the
// last tile "+N" when more did not fit. Previews only: a map of site photos stays light.
import { useTranslation } from 'react-i18next';
import { GRID, type CardBox } from '../../../shared/layout.ts';
import { PreviewImage } from '../../images/PreviewImage.tsx';

export function CardPicture({ picture, caption }: { picture: NonNullable<CardBox['picture']>; caption: string }) {
  return (
    <PreviewImage
      id={picture.imageId}
      alt={caption}
      className="card-picture"
      style={{ width: picture.width, height: picture.height, flex: `0 0 ${picture.height}px`, marginBottom: GRID.imageGap }}
    />
  );
}

export function CardThumbs({ cardId, thumbs }: { cardId: string; thumbs: NonNullable<CardBox['thumbs']> }) {
  const { t } = useTranslation();
  const size = { width: thumbs.size, height: thumbs.size };
  return (
    <div className="card-thumbs" style={{ height: thumbs.size, flex: `0 0 ${thumbs.size}px`, marginTop: GRID.imageGap, gap: GRID.thumbGap }} data-testid="card-thumbs">
      {thumbs.imageIds.map((id, i) => (
        <PreviewImage key={`${cardId}-${i}`} id={id} alt="" className="card-thumb" style={size} />
      ))}
      {thumbs.more > 0 && (
        <span className="card-thumb card-thumb--more" style={size} title={t('images.more', { count: thumbs.more })}>
          +{thumbs.more}
        </span>
      )}
    </div>
  );
}
