// What the parse process does: every read of a file from outside (a map, the map inside an
// exported PNG or PDF, a recovery draft, the versions stored in a map), one job per request.
// Runs in its own process (child.ts), never on the main process's event loop.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { VersionInfo } from '../../../shared/api.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { openMapFile, type OpenedMap } from '../export/importMap.ts';
import { imagesToCarry, listImages, readImage, type ImageList, type StoredImage } from '../imageStore.ts';
import { readThumbnail } from '../imageUpkeep.ts';
import { readProjectBytes, readStart, schemaIsOurs, type Carry, type ReadResult } from '../projectFile.ts';
import { listVersions, readVersion, versionsToCarry } from '../versions.ts';

export type ParseRequest =
  | { job: 'open'; file: string }
  | { job: 'draft'; file: string; name: string }
  | { job: 'versions'; file: string }
  | { job: 'version'; file: string; id: string }
  | { job: 'inspect'; file: string }
  | { job: 'images'; file: string }
  | { job: 'image'; file: string; id: string; withOriginal?: boolean }
  | { job: 'thumbnail'; file: string; withPng?: boolean };

/** Before a save over a map: whether its schema is exactly ours (saved in place), else the versions and images to carry into a clean file. */
export interface Inspection {
  exact: boolean;
  carry: Carry;
}

export interface ParseResults {
  open: OpenedMap;
  draft: ReadResult;
  versions: VersionInfo[];
  version: { doc: JourneyDoc; problems: string[] };
  inspect: Inspection;
  images: ImageList;
  image: StoredImage;
  /** the file's thumbnail as `cjm info` tells it (the PNG stays in the file) */
  thumbnail: { width: number; height: number; bytes: number; png?: Uint8Array } | null;
}

function inspect(file: string): Inspection {
  if (schemaIsOurs(file)) return { exact: true, carry: { versions: [], images: [] } };
  // Unreadable versions or images are not carried; the map itself is what the user saves.
  const attempt = <T>(read: () => T[]): T[] => {
    try {
      return read();
    } catch {
      return [];
    }
  };
  return { exact: false, carry: { versions: attempt(() => versionsToCarry(file)), images: attempt(() => imagesToCarry(file)) } };
}

export async function runJob(request: ParseRequest): Promise<ParseResults[ParseRequest['job']]> {
  switch (request.job) {
    case 'open':
      return openMapFile(request.file);
    case 'draft': {
      readStart(request.file, 1);
      return readProjectBytes(fs.readFileSync(request.file), request.name);
    }
    case 'versions':
      return listVersions(request.file);
    case 'version':
      return readVersion(request.file, request.id);
    case 'inspect':
      return inspect(request.file);
    case 'images':
      return listImages(request.file);
    case 'image':
      return readImage(request.file, request.id, { withOriginal: request.withOriginal ?? true });
    case 'thumbnail': {
      const thumbnail = readThumbnail(request.file);
      if (!thumbnail) return null;
      const size = { width: thumbnail.width, height: thumbnail.height, bytes: thumbnail.png.length };
      return request.withPng ? { ...size, png: thumbnail.png } : size;
    }
  }
}

/** SQLite's memory in this process (the setting is process-wide, which is why reading has a process of its own). */
export function limitSqliteHeap(bytes: number): void {
  const db = new Database(':memory:');
  try {
    db.pragma(`hard_heap_limit = ${bytes}`);
  } finally {
    db.close();
  }
}
