import { describe, expect, it } from 'vitest';
import { sentenceDate } from './dates';

describe('dates', () => {
  describe('#sentenceDate', () => {
    it.each([
      ['Russia sent troops into Ukraine on Feb. 24 from Belarus.', '2022-02-24'],
      ['He said on Thursday that talks would go on.', '2022-04-07'],
      ['Talks were held on Monday.', '2022-04-04'],
      ['The deal was signed last month.', '2022-03-07'],
      ['In 2020, the Kremlin helped him.', '2020-01-01'],
      ['It happened on 3 March 2021 in Minsk.', '2021-03-03'],
      ['Protests began on December 12.', '2021-12-12'],
      ['Two days ago the army attacked.', '2022-04-05'],
      ['The offensive began in March.', '2022-03-01'],
      ['Elections were held in June 2019.', '2019-06-01'],
      ['The vote took place on 4/3/2022.', '2022-04-03'],
      ['The army attacked the town.', undefined],
    ])('should date %j', (text, expected) => {
      expect(sentenceDate(text, '2022-04-07')).toBe(expected);
    });
  });
});
