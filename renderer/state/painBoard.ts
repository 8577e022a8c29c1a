// The pain-point board over the map (open or not, and its filters) and the map's own filter of
// pain points (all / open / overdue / closed). A way of looking, not part of the map: never saved.
import { create } from 'zustand';
import type { BoardFilter, MapLoopFilter } from '../../shared/painBoard.ts';
import { useSession } from './session.ts';

interface PainBoardState {
  open: boolean;
  filter: BoardFilter;
  mapFilter: MapLoopFilter;
}

export const usePainBoard = create<PainBoardState>(() => ({ open: false, filter: {}, mapFilter: 'all' }));
export const togglePainBoard = () => usePainBoard.setState((s) => ({ open: !s.open }));
export const closePainBoard = () => usePainBoard.setState({ open: false });
export const setBoardFilter = (patch: BoardFilter) =>
  usePainBoard.setState((s) => {
    const filter: BoardFilter = { ...s.filter, ...patch };
    for (const key of Object.keys(patch) as (keyof BoardFilter)[]) if (patch[key] === undefined) delete filter[key];
    return { filter };
  });
export const setMapLoopFilter = (mapFilter: MapLoopFilter) => usePainBoard.setState({ mapFilter });

// It shows one document's pain points: another one (or the start screen) closes it and clears its filters.
useSession.subscribe((state, previous) => {
  if (state.docKey !== previous.docKey || state.view !== previous.view) usePainBoard.setState({ open: false, filter: {}, mapFilter: 'all' });
});
