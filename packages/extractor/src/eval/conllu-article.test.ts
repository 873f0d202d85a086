import { describe, expect, it } from 'vitest';
import { conlluArticle, ConlluArticleError } from './conllu-article';

const DOC = [
  '# newdoc id = GUM_news_x',
  '# meta::dateCreated = 2015-05-18',
  '# newpar',
  '# newpar_block = head (1 s)',
  '# sent_id = x-1',
  '# text = Ministers meet in Oslo',
  '1\tMinisters\tminister\tNOUN\t_\t_\t2\tnsubj\t_\t_',
  '',
  '# newpar',
  '# sent_id = x-2',
  '# text = The talks began on Monday.',
  '',
  '# sent_id = x-3',
  '# text = They ended late.',
  '',
  '# newpar',
  '# text = A second paragraph.',
  '',
].join('\n');

describe('conlluArticle', () => {
  it('puts the date header first, the headline next and joins paragraphs', () => {
    expect(conlluArticle(DOC, '2015-05-18')).toBe(
      'date 2015-05-18\nMinisters meet in Oslo\n\n' +
        'The talks began on Monday. They ended late.\n\nA second paragraph.',
    );
  });

  it('treats text before any # newpar as one paragraph', () => {
    expect(conlluArticle('# text = Only one\n', '2020-01-01')).toBe(
      'date 2020-01-01\nOnly one\n\n',
    );
  });

  it('refuses a file without sentence text', () => {
    expect(() => conlluArticle('1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n', '2020-01-01')).toThrow(
      ConlluArticleError,
    );
  });
});
