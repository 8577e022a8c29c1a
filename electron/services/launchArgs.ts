// Maps handed to the app by the system: a double-clicked .cjm arrives as a command-line argument
// (Windows, Linux, and a second launch while the app runs), absolute or relative to where it started.
import path from 'node:path';

export function mapsInArgs(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && path.extname(arg).toLowerCase() === '.cjm')
    .map((arg) => path.resolve(cwd, arg));
}
