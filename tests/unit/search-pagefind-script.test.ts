import { describe, expect, it } from 'vitest';
import { withQuickerIndexWait } from '../../src/lib/search/pagefind-script.ts';

describe('withQuickerIndexWait', () => {
  it("shortens the step of pagefind.js's wait for its index, once", () => {
    const script =
      'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}if(!this.raw_ptr){x()}}other(){await asyncSleep(50);}';
    const patched = withQuickerIndexWait(script)!;
    expect(patched).toBe(script.replace('await asyncSleep(50);}if(!this.raw_ptr)', 'await asyncSleep(4);}if(!this.raw_ptr)'));
    expect(patched).toContain('other(){await asyncSleep(50);}');
    expect(withQuickerIndexWait(patched)).toBe(patched);
  });

  it('leaves a script without that loop, or with it twice, alone', () => {
    expect(withQuickerIndexWait('async getPtr(){await sleep(50)}')).toBeUndefined();
    const twice = 'await asyncSleep(50);}if(!this.raw_ptr)'.repeat(2);
    expect(withQuickerIndexWait(twice)).toBeUndefined();
  });
});
