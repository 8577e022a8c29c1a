// The `cjm` command. The commands live in run.ts, so tests and the fuzzer can call them in-process.
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2));
