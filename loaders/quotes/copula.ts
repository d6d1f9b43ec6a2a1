/** A form of "be" or a linking verb ("seems", "remained", "sounded") before a stance adjective: "is confident (that) …". */
export const COPULA =
  /^(?:is|are|was|were|am|be|been|being|remain|remains|remained|seemed|seems|appeared|appears|sounded|sounds|'s|'re)$/;
