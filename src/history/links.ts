// Links back to the article, scrolled to the statement where the browser supports text fragments
// (`#:~:text=`): no permission, nothing sent anywhere; elsewhere the fragment is ignored.

const FRAGMENT_WORDS = 6;

/** The first words of the statement, without the quotation marks the page may not have around them. */
function openingWords(text: string): string {
  return text
    .replace(/^[\s«»"“”'‘’:،-]+/, '')
    .split(/\s+/)
    .slice(0, FRAGMENT_WORDS)
    .join(' ')
    .replace(/[\s«»"“”'‘’.,،:؛!?؟-]+$/, '');
}

/** Text-fragment syntax reserves `-`, `,` and `&`: they are percent-encoded beyond encodeURIComponent. */
function fragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

export function statementLink(url: string, statement: string): string {
  const words = openingWords(statement);
  const base = url.replace(/#.*$/, '');
  return words ? `${base}#:~:text=${fragmentText(words)}` : base;
}
