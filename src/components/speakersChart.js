import { shareBars } from "./shareBars.js";

/**
 * Share of voice by speaker: each speaker's share of all quotes, largest first, colored by speaker type. `quotes` are
 * quote rows with `speaker_id`, `speaker_label` (made unique per speaker by the page) and `speaker_kind`; shows the
 * `limit` most quoted.
 */
export function speakersChart(quotes, { width, limit = 25 } = {}) {
  return shareBars(quotes, {
    width,
    limit,
    key: (q) => q.speaker_id ?? q.speaker_label,
    label: (q) => q.speaker_label,
  });
}
