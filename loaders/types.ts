/** A character span [start, end) into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** How an article's publication date was found. */
export type PublishedSource = "metadata" | "dateline" | "inferred";

/** One input article, as read from disk (before extraction). */
export interface Article {
  /** Path relative to the input folder, without extension (`politics/001`). */
  id: string;
  /** Path of the source file as given on the command line or found in a folder. */
  path: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date given by the user's metadata, or null. */
  published: string | null;
  /** The article text; offsets of every extracted row point into it. */
  text: string;
  /** `ok`, or a message saying why the file could not be read. */
  status: string;
}

export interface ArticleRow {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  published_source: PublishedSource | null;
  n_words: number;
  status: string;
  text: string;
}

export type QuoteKind = "direct" | "indirect" | "mixed";
export type SpeakerType = "person" | "anonymous" | "organization";

/** A quote proposed by the per-article extractors. */
export interface QuoteCandidate extends Span {
  text: string;
  kind: QuoteKind;
  /** Fullest name in the article, or the source's own description. */
  speaker: string | null;
  speaker_type: SpeakerType | null;
  role: string | null;
  cue: string | null;
  /** Offsets of the speaker mention the quote was attributed to, when there is one. */
  speaker_start: number | null;
  speaker_end: number | null;
  rule: string;
}

export interface QuoteRow extends QuoteCandidate {
  quote_id: string;
  article_id: string;
  speaker_id: string | null;
  /** Same quote text across articles (wire copy, syndication) → same group. */
  quote_group: string;
}

export interface SpeakerRow {
  speaker_id: string;
  name: string;
  speaker_type: SpeakerType;
  roles: string[];
  n_quotes: number;
  n_articles: number;
  first_published: string | null;
  last_published: string | null;
}

export type FigureCategory = "count" | "money" | "percent" | "duration";

export interface FigureCandidate extends Span {
  text: string;
  value: number;
  /** Upper bound of a range (`between 500 and 600`), else null. */
  value_high: number | null;
  unit: string | null;
  category: FigureCategory;
  approx: string | null;
  subject: string | null;
  /** Key verb and nouns of the clause (`evacuate people`), used to group claims. */
  predicate: string | null;
  /** The sentence the figure sits in, for showing claims side by side. */
  sentence: string;
  rule: string;
}

export interface FigureRow extends FigureCandidate {
  figure_id: string;
  article_id: string;
  claim_id: string | null;
}

export type DatePrecision = "day" | "month" | "year";

export interface EventCandidate extends Span {
  /** The clause the date expression governs. */
  text: string;
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: DatePrecision;
  date_text: string;
  date_start: number;
  date_end: number;
  rule: string;
}

export interface EventRow extends EventCandidate {
  event_id: string;
  article_id: string;
  /** Same happening reported by several articles → same group. */
  event_group: string;
}

export interface ClaimRow {
  claim_id: string;
  unit: string | null;
  subject: string | null;
  predicate: string | null;
  label: string;
  n_figures: number;
  n_articles: number;
  min_value: number;
  max_value: number;
  conflict: boolean;
  /** In publication order. */
  figure_ids: string[];
  values: number[];
  article_ids: string[];
}

/** What per-article extraction returns: a pure function of the article. */
export interface ArticleExtraction {
  article: ArticleRow;
  quotes: QuoteRow[];
  figures: FigureRow[];
  events: EventRow[];
}

/** Every table presstrace writes. */
export interface Tables {
  articles: ArticleRow[];
  quotes: QuoteRow[];
  speakers: SpeakerRow[];
  figures: FigureRow[];
  events: EventRow[];
  claims: ClaimRow[];
}
