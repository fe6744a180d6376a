/**
 * Lower-case words without accents or punctuation, padded with spaces, so cue
 * patterns match "Frustrée!!", "frustree" and "FRUSTRÉE" alike and can use
 * ` word ` boundaries: "qu'un" becomes " qu un ", "wo ist's" " wo ist s ".
 */
export function foldText(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return words ? ` ${words} ` : " ";
}
