// Which files the renderer may open or save. The renderer is not trusted with the disk:
// in Electron it may touch only paths the user picked in a native dialog (or reopened from the
// recent list); in the web shell only files inside the folder the shell was started on.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api.ts';

export interface PathPolicy {
  /**
   * Returns the absolute path to use, or throws ApiError('forbidden'). Writes must end in one
   * of `extensions` (a map is never written over a file of another kind by mistake).
   */
  resolve(file: string, mode: 'read' | 'write', extensions?: readonly string[]): string;
  allows(file: string): boolean;
  /** Lets a path the user chose earlier be used again (a recovered draft's file). */
  choose(file: string): string;
}

function checkExtension(file: string, mode: 'read' | 'write', extensions: readonly string[]): void {
  if (mode === 'write' && !extensions.includes(path.extname(file).toLowerCase())) forbidden(file);
}

function forbidden(file: string): never {
  throw new ApiError({
    code: 'forbidden',
    message: `${path.basename(file)}: this file was not chosen by the user`,
    params: { file: path.basename(file) },
  });
}

/**
 * A hard link is one file under two names, the other one possibly outside the folder: reading or
 * saving it here would reach that file. Where the other name lies cannot be found cheaply, so a
 * regular file with more than one name is refused wherever its twin is.
 */
function refuseHardLink(absolute: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    return; // not there yet (a new file), or unreadable: the open or save says why
  }
  if (!stat.isFile() || stat.nlink <= 1) return;
  const name = path.basename(absolute);
  throw new ApiError({ code: 'forbidden', message: `${name}: is a hard link to a file elsewhere; open a copy of it instead`, params: { file: name } });
}

export class ChosenPaths implements PathPolicy {
  readonly #chosen = new Set<string>();
  readonly #alsoAllowed: (file: string) => boolean;

  constructor(alsoAllowed: (file: string) => boolean = () => false) {
    this.#alsoAllowed = alsoAllowed;
  }

  choose(file: string): string {
    const absolute = path.resolve(file);
    this.#chosen.add(absolute);
    return absolute;
  }

  allows(file: string): boolean {
    const absolute = path.resolve(file);
    return this.#chosen.has(absolute) || this.#alsoAllowed(absolute);
  }

  resolve(file: string, mode: 'read' | 'write', extensions: readonly string[] = ['.cjm']): string {
    if (!path.isAbsolute(file) || !this.allows(file)) forbidden(file);
    checkExtension(file, mode, extensions);
    return path.resolve(file);
  }
}

export class FolderJail implements PathPolicy {
  readonly root: string;

  constructor(root: string) {
    fs.mkdirSync(root, { recursive: true });
    this.root = fs.realpathSync(root);
  }

  #inside(absolute: string): boolean {
    const relative = path.relative(this.root, absolute);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
  }

  /** Resolves a path relative to the root (absolute paths must already lie inside it). */
  locate(file: string): string {
    const absolute = path.resolve(this.root, file);
    if (!this.#inside(absolute)) forbidden(file);
    // Follow symlinks of the part that exists, so a link cannot lead outside the root.
    let existing = absolute;
    while (!fs.existsSync(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing);
    if (!this.#inside(fs.realpathSync(existing))) forbidden(file);
    return absolute;
  }

  /** Nothing to remember: the folder itself is the permission. */
  choose(file: string): string {
    return file;
  }

  allows(file: string): boolean {
    try {
      this.locate(file);
      return true;
    } catch {
      return false;
    }
  }

  resolve(file: string, mode: 'read' | 'write', extensions: readonly string[] = ['.cjm']): string {
    const absolute = this.locate(file);
    checkExtension(absolute, mode, extensions);
    refuseHardLink(absolute);
    return absolute;
  }
}
