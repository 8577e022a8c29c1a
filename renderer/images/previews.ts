// The previews the canvas, the inspector and the exports' SVGs draw: one blob: URL per image,
// read once from the pool or the map's file. The canvas never gets an original: when the
// Node side has no preview of a large image (an older file, a failed preview), one is made here
// in a worker and kept instead. Entries are forgotten when another map is shown.
import { useSyncExternalStore } from 'react';
import { dataUrl } from '../../shared/base64.ts';
import { call } from '../platform/platform.ts';
import { session, useSession } from '../state/session.ts';
import { fromBase64 } from './base64.ts';
import { makePreview } from './makePreview.ts';
import { needsPreview } from './previewSize.ts';

export type PreviewState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed' };

interface Entry {
  state: PreviewState;
  blob: Blob | null;
  loaded: Promise<void>;
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

async function readPreview(id: string): Promise<Blob> {
  const read = await call('image:read', { id, path: session.get().path, full: false });
  const blob = new Blob([fromBase64(read.data)], { type: read.dataMime });
  if (read.isPreview || !needsPreview(read.mime, read.width, read.height)) return blob;
  return makePreview(blob, read.width, read.height);
}

function entryOf(id: string): Entry {
  const known = entries.get(id);
  if (known) return known;
  const entry: Entry = { state: { status: 'loading' }, blob: null, loaded: Promise.resolve() };
  entries.set(id, entry);
  entry.loaded = readPreview(id).then(
    (blob) => {
      // Forgotten meanwhile (another map): the URL would never be revoked.
      if (entries.get(id) !== entry) return;
      entry.blob = blob;
      entry.state = { status: 'ready', url: URL.createObjectURL(blob) };
      emit();
    },
    () => {
      if (entries.get(id) !== entry) return;
      entry.state = { status: 'failed' };
      emit();
    },
  );
  return entry;
}

/** An image just added: its preview is known already, no need to read it back. */
export function rememberPreview(id: string, blob: Blob): void {
  if (entries.get(id)?.state.status === 'ready') return;
  entries.set(id, { state: { status: 'ready', url: URL.createObjectURL(blob) }, blob, loaded: Promise.resolve() });
  emit();
}

/** A blob: URL of the image's preview, or null when it cannot be read. */
export async function previewUrl(id: string): Promise<string | null> {
  const entry = entryOf(id);
  await entry.loaded;
  return entry.state.status === 'ready' ? entry.state.url : null;
}

/** A data: URL of the image's preview (for SVG that is drawn elsewhere), or null. */
export async function previewDataUrl(id: string): Promise<string | null> {
  const entry = entryOf(id);
  await entry.loaded;
  const blob = entry.blob;
  if (!blob) return null;
  return dataUrl(blob.type, new Uint8Array(await blob.arrayBuffer()));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const NONE: PreviewState = { status: 'failed' };

/** The preview of an image for a component: loading, then its URL (or failed). */
export function usePreviewUrl(id: string | undefined): PreviewState {
  return useSyncExternalStore(subscribe, () => (id ? entryOf(id).state : NONE));
}

/** Forgets every preview (another map is shown: its images may be others, or others' with the same id). */
export function forgetPreviews(): void {
  for (const entry of entries.values()) if (entry.state.status === 'ready') URL.revokeObjectURL(entry.state.url);
  entries.clear();
  emit();
}

let shownDoc = session.get().docKey;
useSession.subscribe((state) => {
  if (state.docKey === shownDoc) return;
  shownDoc = state.docKey;
  forgetPreviews();
});
