// A second process saving the same map over and over, alternating two versions of it (every
// card's text is the map's title, so a read can tell whether it got one whole save).
// Usage: node alternateSaves.ts <file> <saves, 0 = until killed>. Prints "done <saves>" or the first error.
import { writeProject } from '../../electron/services/projectFile.ts';
import { mapWithText } from '../hostile/files.ts';

const [file, count] = [process.argv[2] as string, Number(process.argv[3] ?? 0)];
const maps = [mapWithText(`A-${process.pid}`), mapWithText(`B-${process.pid}`)];
let saves = 0;
try {
  while (saves < (count || Number.POSITIVE_INFINITY)) {
    writeProject(file, maps[saves % 2] as (typeof maps)[number]);
    saves++;
    if (saves === 1) process.stdout.write('first\n');
  }
  process.stdout.write(`done ${saves}\n`);
} catch (error) {
  process.stdout.write(`error after ${saves} saves: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
