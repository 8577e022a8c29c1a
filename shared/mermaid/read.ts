// A Mermaid file or pasted text → a new map: a .md file's first journey block, or the text itself.
import type { Locale } from '../model.ts';
import { journeyBlock } from './markdown.ts';
import { MermaidError, parseJourney } from './parse.ts';
import { journeyToMap, type ImportedJourney } from './toMap.ts';

export function readMermaid(text: string, options: { markdown: boolean; locale: Locale }): ImportedJourney {
  if (!options.markdown) return journeyToMap(parseJourney(text), options.locale);
  const block = journeyBlock(text);
  try {
    return journeyToMap(parseJourney(block.text), options.locale);
  } catch (error) {
    // told in the lines of the Markdown file, not of the block
    if (error instanceof MermaidError && error.line > 0) throw new MermaidError(error.code, error.params, error.line + block.firstLine);
    throw error;
  }
}
