/** A preposition right after an object cue: a request or a topic, no object and clause ("asked for a meeting"). */
export const REQUEST_PREPOSITION = /^\s*(?:for|about|after|with)\s/;
