/**
 * A CoNLL-U document (GUM's news files in ../shared/datasets/gum) as the article a user would
 * feed the extractor: the sentences' `# text =` lines, paragraphs at `# newpar`, the first
 * paragraph as the headline and the gold file's date as the header line. Token rows and the
 * corpus's own annotation layers are ignored: eval scores against the project's gold only.
 */
export function conlluArticle(conllu: string, date: string): string {
  const paragraphs: string[][] = [];
  for (const line of conllu.split(/\r?\n/)) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) paragraphs.push([]);
    const text = /^# text = (.*)$/.exec(line)?.[1];
    if (text === undefined) continue;
    if (paragraphs.length === 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(text.trim());
  }
  const [headline, ...body] = paragraphs.filter((p) => p.length > 0).map((p) => p.join(' '));
  if (headline === undefined) throw new ConlluArticleError('no `# text =` line in the document');
  return [`date ${date}`, headline, '', body.join('\n\n')].join('\n');
}

/** A CoNLL-U file that holds no sentence text. */
export class ConlluArticleError extends Error {
  constructor(message: string) {
    super(`eval/conllu-article: ${message}`);
    this.name = 'ConlluArticleError';
  }
}
