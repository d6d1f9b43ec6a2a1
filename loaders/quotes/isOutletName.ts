import { lexicon } from "../lexicon/lexicon.ts";

let outletHeads: RegExp | undefined;

/** Whether a name is a news outlet's ("the New York Times", "Reuters"), by its last word (lexicon `outlet-heads`). */
export function isOutletName(name: string): boolean {
  return (outletHeads ??= new RegExp(`(?:^|\\s)(?:${lexicon("outlet-heads").join("|")})$`)).test(name);
}
