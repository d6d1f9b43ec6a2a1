/**
 * Whether a sentence's first word opens a time or circumstance phrase with no comma after it, before the subject
 * ("During his second day in court Mr Ebbers played down …", "On that day's Today programme Mr Johnson was asked").
 */
export const isOpeningWord = (word: string): boolean =>
  /^(?:During|In|On|At|After|Before|Since|Speaking|Asked|Later|Earlier)$/.test(word);
