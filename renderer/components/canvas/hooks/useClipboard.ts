// The clipboard: cards go out with their data and come back into the selected card's cell; an
// image (a screenshot) goes onto the selected card or becomes a new card; a Mermaid journey
// opens as a new map.
// Text fields keep their own copy and paste.
import { useEffect } from 'react';
import { CLIPBOARD_MIME } from '../../../../shared/clipboard.ts';
import { copySelection, paste } from '../../../actions/cardActions.ts';
import { isMermaidPaste, openPastedMermaid } from '../../../actions/mermaidActions.ts';
import { pasteImages } from '../../../images/pasteImages.ts';
import { session } from '../../../state/session.ts';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useClipboard(): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (!isTextField(event.target) && copySelection(event, event.type === 'cut')) event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTextField(event.target) || session.get().dialog) return;
      // cards this app copied stay cards, whatever their text says
      const ours = event.clipboardData?.types.includes(CLIPBOARD_MIME) ?? false;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!ours && isMermaidPaste(text)) {
        event.preventDefault();
        void openPastedMermaid(text);
      } else if (pasteImages(event) || paste(event)) event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
