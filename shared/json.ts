// JSON from a file is parsed only if it nests no deeper than MAX_JSON_DEPTH: a hand-made field
// 100,000 levels deep parses, but then breaks everything that walks it recursively (writing it
// back, sending it to the window).
import { MAX_JSON_DEPTH } from './limits.ts';

/** The deepest nesting of arrays and objects in JSON text, found without parsing it (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

export class TooDeepError extends Error {}

/** JSON.parse, refusing text nested deeper than `maxDepth`. */
export function parseJson(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  if (jsonDepth(text) > maxDepth) throw new TooDeepError(`nested deeper than ${maxDepth} levels`);
  return JSON.parse(text);
}
