// The map presented to a room, over the whole window (full screen where the browser allows):
// an overview, one stage or scene per step, the overview again; the emotion curve unfolds along
// the bottom. It takes every key while open, so nothing edits the map underneath.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emotionStrip, presentationSteps, reachedScene, stepMoments } from '../../../shared/presentation.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { goToStep, presentBy, presentation, readCard, usePresentation } from '../../state/presentation.ts';
import { CardReader } from './CardReader.tsx';
import { EmotionStrip } from './EmotionStrip.tsx';
import { PresentOverview } from './PresentOverview.tsx';
import { PresentPart } from './PresentPart.tsx';
import './present.css';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']);

function useWindowSize() {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const resize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);
  return size;
}

function usePresenterKeys(doc: JourneyDoc, onLeave: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Every key stops here: the map's shortcuts (undo, delete…) never reach it while presenting.
      event.stopPropagation();
      // Tab moves between the controls, and Enter or Space presses the one focused: the keyboard can use them too.
      if (event.key === 'F11' || event.key === 'F12' || event.key === 'Tab') return;
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement && event.target.closest('.presentation')) return;
      event.preventDefault();
      const { reading, step } = presentation.get();
      if (event.key === 'Escape') return reading ? readCard(null) : onLeave();
      if (reading) return;
      if (NEXT.has(event.key)) goToStep(doc, step + 1);
      else if (PREVIOUS.has(event.key)) goToStep(doc, step - 1);
      else if (event.key === 'Home') goToStep(doc, 0);
      else if (event.key === 'End') goToStep(doc, Number.MAX_SAFE_INTEGER);
      else if (event.key === 's') presentBy(doc, presentation.get().by === 'stage' ? 'scene' : 'stage');
      else if (event.key === 'F5') goToStep(doc, step);
    };
    // Leaving full screen the browser's way (its own Esc) ends the presentation too.
    let wasFull = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      if (wasFull && !document.fullscreenElement) onLeave();
      wasFull = Boolean(document.fullscreenElement);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [doc, onLeave]);
}

/** The presentation takes the focus from the button that opened it, so Enter and Space step on instead of pressing that button again. */
const focusOnOpen = (element: HTMLDivElement | null) => element?.focus({ preventScroll: true });

/** The presentation of `doc` (the map as its view shows it); `onLeave` ends it (Esc, the button, leaving full screen). */
export function Presentation({ doc, onLeave }: { doc: JourneyDoc; onLeave: () => void }) {
  const { t } = useTranslation();
  const { by, step: asked, reading } = usePresentation();
  const { width, height } = useWindowSize();
  usePresenterKeys(doc, onLeave);
  const steps = presentationSteps(doc, by);
  const index = Math.min(asked, steps.length - 1);
  const step = steps[index] ?? { kind: 'overview', at: 'start' };
  const strip = emotionStrip(doc, reachedScene(steps, index));
  const current = step.kind === 'part' ? step.sceneIds : [];
  // The summary rings every moment of the journey (its findings name them).
  const summary = step.kind === 'overview' && step.at === 'end';
  const moments = stepMoments(strip, summary ? strip.scenes : current);
  const stage = step.kind === 'part' ? doc.stages[step.stageId] : undefined;
  const stageNumber = step.kind === 'part' ? steps.filter((s, i) => i <= index && s.kind === 'part' && s.part === 1).length : 0;
  const stageCount = steps.filter((s) => s.kind === 'part' && s.part === 1).length;
  const stripHeight = Math.round(Math.max(110, Math.min(200, height * 0.2)));
  const headHeight = 76;
  const footHeight = 48;
  const hasCurve = strip.curves.length > 0;
  const bodyHeight = height - headHeight - footHeight - (hasCurve ? stripHeight : 0) - 16;
  return (
    <div ref={focusOnOpen} tabIndex={-1} className="presentation" data-testid="presentation" data-step={index} data-steps={steps.length}>
      <header className="presentation__head" style={{ height: headHeight }}>
        <div className="presentation__title" data-testid="present-title">
          {step.kind === 'part' ? (
            <>
              <span className="presentation__stage">{stage?.title || t('stage.untitled')}</span>
              <span className="presentation__where">
                {t('present.stageOf', { n: stageNumber, count: stageCount })}
                {step.parts > 1 && ` · ${t('present.sceneOf', { n: step.part, count: step.parts })}`}
              </span>
            </>
          ) : (
            <span className="presentation__where">{t(step.at === 'start' ? 'present.overview' : 'present.summary')}</span>
          )}
        </div>
        <div className="presentation__controls">
          <div className="presentation__by" role="group" aria-label={t('present.by')}>
            {(['stage', 'scene'] as const).map((b) => (
              <button key={b} type="button" aria-pressed={by === b} className={by === b ? 'is-on' : undefined} onClick={() => presentBy(doc, b)} data-testid={`present-by-${b}`}>
                {t(`present.by_${b}`)}
              </button>
            ))}
          </div>
          <button type="button" className="presentation__close" onClick={onLeave} data-testid="present-close">
            {t('present.leave')}
          </button>
        </div>
      </header>
      <main className="presentation__body" style={{ height: bodyHeight }}>
        {step.kind === 'part' ? <PresentPart doc={doc} sceneIds={step.sceneIds} width={width - 48} height={bodyHeight} /> : <PresentOverview doc={doc} at={step.at} strip={strip} />}
      </main>
      {hasCurve && (
        <div className="presentation__strip">
          <EmotionStrip doc={doc} strip={strip} current={current} moments={moments} width={width - 48} height={stripHeight} labels={!summary} />
        </div>
      )}
      <footer className="presentation__foot" style={{ height: footHeight }}>
        <button type="button" onClick={() => goToStep(doc, index - 1)} disabled={index === 0} aria-label={t('present.previous')} data-testid="present-previous">
          ←
        </button>
        <ol className="presentation__dots" aria-label={t('present.steps')}>
          {steps.map((s, i) => (
            <li key={i}>
              <button type="button" className={i === index ? 'is-current' : i < index ? 'is-past' : undefined} aria-current={i === index ? 'step' : undefined} aria-label={t('present.goTo', { n: i + 1 })} onClick={() => goToStep(doc, i)} />
            </li>
          ))}
        </ol>
        <span className="presentation__count" data-testid="present-count">
          {index + 1} / {steps.length}
        </span>
        <button type="button" onClick={() => goToStep(doc, index + 1)} disabled={index === steps.length - 1} aria-label={t('present.next')} data-testid="present-next">
          →
        </button>
        <span className="presentation__hint">{t('present.hint')}</span>
      </footer>
      {reading && <CardReader doc={doc} cardId={reading} />}
    </div>
  );
}
