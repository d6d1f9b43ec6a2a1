/** Whether a word is written as a figure: "60%", "$27bn", "£5m", "2,500", "1.5". */
export const isFigureWord = (word: string): boolean => /^[£$€]?\d[\d.,]*(?:%|bn|m|k)?$/u.test(word);
