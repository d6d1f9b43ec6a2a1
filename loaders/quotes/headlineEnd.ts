/** Where the article's first line, its headline, ends (past a metadata line ` date 2022-05-13` before it). */
export function headlineEnd(text: string): number {
  const lead = /^(?:\s*date\s+\d{4}-\d\d-\d\d[^\S\n]*\n)?\s*[^\n]*/.exec(text);
  return lead ? lead[0].length : 0;
}
