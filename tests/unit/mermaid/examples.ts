// The example of Mermaid's documentation (docs/syntax/userJourney.md), as the tests' fixture.
export const DOCS_EXAMPLE = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;

/** The example as this app writes it back (two spaces a level). */
export const DOCS_EXAMPLE_WRITTEN = DOCS_EXAMPLE.replace('    title', '  title').replaceAll('    section', '  section').replaceAll('      ', '    ');
