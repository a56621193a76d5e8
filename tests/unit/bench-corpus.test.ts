import { describe, expect, it } from 'vitest';
import { copyDocNumber } from '../../scripts/bench/corpus.ts';
import { noticeFrontmatterSchema } from '../../src/lib/notices/frontmatter.ts';

const docNumberField = noticeFrontmatterSchema.shape.docNumber;

describe('copyDocNumber (the bench corpus)', () => {
  it.each([
    ['安政办发〔2022〕50号', 5, 5, '安政办发〔2022〕1001号'],
    ['驻政办〔2021〕19号', 9_999, 5, '驻政办〔2021〕2999号'],
    ['息政文〔2023〕2号', 44_999, 5, '息政文〔2023〕9999号'],
  ])('%s, copy %i of %i originals → %s, a number the frontmatter check accepts', (original, serial, originals, expected) => {
    const copy = copyDocNumber(original, serial, originals);
    expect(copy).toBe(expected);
    expect(docNumberField.safeParse(copy).success).toBe(true);
  });

  it('gives every copy of a 10,000-notice corpus its own number', () => {
    const originals = ['安政办发〔2022〕50号', '安政办发〔2023〕16号', '偏政办发〔2023〕53号', '息政文〔2023〕2号', '驻政办〔2021〕19号'];
    const numbers = Array.from({ length: 10_000 }, (_, serial) =>
      serial < originals.length ? originals[serial]! : copyDocNumber(originals[serial % originals.length]!, serial, originals.length),
    );
    expect(new Set(numbers).size).toBe(10_000);
    expect(numbers.filter((number) => !docNumberField.safeParse(number).success)).toEqual([]);
  });
});
