import path from "node:path";

/** An article id: the path relative to its input folder, without extension, with `/` separators. */
export function articleId(file: string, root: string | null): string {
  const rel = root ? path.relative(root, file) : path.basename(file);
  return rel
    .split(path.sep)
    .join("/")
    .replace(/\.[^./]+$/, "");
}
