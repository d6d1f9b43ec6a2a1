/** A lower-case noun in the singular, by its spelling only ("firms" → "firm", "companies" → "company"). */
export const singularOf = (lower: string): string => lower.replace(/ies$/, "y").replace(/s$/, "");
