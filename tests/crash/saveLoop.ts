// Child process for the kill test: saves the map over and over, alternating two versions,
// and says on stdout before and after each save which one it is writing.
import fs from 'node:fs';
import { writeProject } from '../../electron/services/projectFile.ts';
import { versionOf, type Versions } from './versions.ts';

const [file, versionsFile, startAt] = process.argv.slice(2) as [string, string, string];
const versions = JSON.parse(fs.readFileSync(versionsFile, 'utf8')) as Versions;
const say = (text: string) => fs.writeSync(1, `${text}\n`);
say('ready');
for (let n = Number(startAt); ; n++) {
  say(`saving ${n}`);
  writeProject(file, versionOf(versions, n));
  say(`saved ${n}`);
}
