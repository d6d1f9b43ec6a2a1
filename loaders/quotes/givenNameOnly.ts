/**
 * The words before a person the article names by a first name only, saying so: "… identified only by his first
 * name, Yonas", "who gave only her given name, Maria".
 */
export const GIVEN_NAME_ONLY = /\b(?:first|given|Christian)\s+name(?:\s+only)?,?\s*$/i;
