// Layers above the canvas (headers, the emotion lane) pass wheel events on to React Flow's pane,
// so panning and zooming work wherever the pointer is.
export function forwardWheel(event: WheelEvent, from: Element): void {
  const pane = from.closest('.react-flow')?.querySelector('.react-flow__pane');
  pane?.dispatchEvent(
    new WheelEvent('wheel', {
      deltaX: event.deltaX,
      deltaY: event.deltaY,
      deltaMode: event.deltaMode,
      clientX: event.clientX,
      clientY: event.clientY,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      bubbles: true,
      cancelable: true,
    }),
  );
}
