import { shareBars } from "./shareBars.js";

/** Share of voice by role: each role's share of all quotes (as the article states the role), stacked by speaker type. */
export function quotesByRole(quotes, { width, limit = 25 } = {}) {
  return shareBars(quotes, { width, limit, key: (q) => q.role_label });
}
