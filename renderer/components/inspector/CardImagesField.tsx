// The inspector's Images section: the card's images as thumbnails, each with a larger view,
// move left / right and remove; Add chooses files. On a card of the images lane the first is
// the storyboard frame, so order matters there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CARD_IMAGES, type Card } from '../../../shared/model.ts';
import { addImages } from '../../images/addImage.ts';
import { ChooseImageButton } from '../../images/ChooseImageButton.tsx';
import { attachImages, moveImage, removeImage } from '../../images/imageActions.ts';
import { ImageViewer } from '../../images/ImageViewer.tsx';
import { PreviewImage } from '../../images/PreviewImage.tsx';

export function CardImagesField({ card, storyboard }: { card: Card; storyboard: boolean }) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<number | null>(null);
  const images = card.images ?? [];
  const count = images.length;
  return (
    <section className="inspector__field card-images" aria-labelledby={`images-${card.id}`} data-testid="inspector-images">
      <span id={`images-${card.id}`}>{t('images.section')}</span>
      {count === 0 ? <p className="card-images__hint">{t('images.empty')}</p> : storyboard && <p className="card-images__hint">{t('images.storyboardHint')}</p>}
      {count > 0 && (
        <ul className="card-images__list">
          {images.map((id, i) => (
            <li key={`${id}-${i}`} className="card-images__item" data-testid="inspector-image">
              <button type="button" className="card-images__open" aria-label={t('images.open', { n: i + 1, count })} title={t('images.open', { n: i + 1, count })} onClick={() => setViewing(i)}>
                <PreviewImage id={id} alt="" className="card-images__thumb" />
              </button>
              <span className="card-images__tools">
                <button type="button" aria-label={t('images.moveLeft', { n: i + 1 })} title={t('images.moveLeft', { n: i + 1 })} disabled={i === 0} onClick={() => moveImage(card.id, i, -1)}>
                  ‹
                </button>
                <button type="button" aria-label={t('images.remove', { n: i + 1 })} title={t('images.remove', { n: i + 1 })} onClick={() => removeImage(card.id, i)}>
                  ×
                </button>
                <button type="button" aria-label={t('images.moveRight', { n: i + 1 })} title={t('images.moveRight', { n: i + 1 })} disabled={i === count - 1} onClick={() => moveImage(card.id, i, 1)}>
                  ›
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {count < MAX_CARD_IMAGES && (
        <ChooseImageButton multiple className="card-images__add" testId="inspector-image-input" onFiles={(files) => void addImages(files).then((ids) => attachImages(card.id, ids))}>
          {t('images.add')}
        </ChooseImageButton>
      )}
      {viewing !== null && <ImageViewer ids={images} start={viewing} caption={card.text} onClose={() => setViewing(null)} />}
    </section>
  );
}
