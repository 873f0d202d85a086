/** Small gazetteer and training sentences written for the tests (no files, no ../shared). */
import { createNameGazetteer } from './name-gazetteer';
import type { TrainingSentence } from './training-corpus';

export const testGazetteer = () =>
  createNameGazetteer({
    phrases: { LOC: ['Poland', 'Turkey'], TITLE: ['president', 'prime minister'] },
    givenNames: ['Anna'],
    orgHeads: ['Party', 'Bank'],
    placeHeads: [],
  });

const s = (text: string, tags: string): TrainingSentence => ({
  tokens: text.split(' '),
  tags: tags.split(' '),
});

export const TINY_CORPUS: TrainingSentence[] = [
  s('Anna Nowak visited Poland .', 'B-PER I-PER O B-LOC O'),
  s('Jan Kowalski lives in Warsaw .', 'B-PER I-PER O O B-LOC O'),
  s('The Green Party won in Turkey .', 'O B-ORG I-ORG O O B-LOC O'),
  s('President Erdoğan spoke in Ankara .', 'O B-PER O O B-LOC O'),
  s('The bank said Anna Smith left .', 'O O O B-PER I-PER O O'),
  s('Kraków Bank opened in Poland .', 'B-ORG I-ORG O O B-LOC O'),
  s('He met Łukasz Wiśniewski in Gdańsk .', 'O O B-PER I-PER O B-LOC O'),
  s('The party said nothing .', 'O O O O O'),
];
