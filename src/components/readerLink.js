/**
 * The address of the article reader showing `articleId`, with the span [start, end) emphasised when given.
 * Relative, so it works from every page of the site (all pages sit at the root).
 */
export function readerLink(articleId, { start, end } = {}) {
  const params = new URLSearchParams({ id: articleId });
  if (start != null && end != null) {
    params.set("start", String(start));
    params.set("end", String(end));
  }
  return `./reader?${params}`;
}
