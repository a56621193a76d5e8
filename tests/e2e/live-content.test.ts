// The site built from this checkout's content/ and data/, as staff leave them: only checks that hold
// for any valid content run here (tests/e2e/support/live-content-suite.ts), so an edit that follows the
// README never fails the tests. Tests of particular notices, rows and counts run on the frozen fixture.
import { inject } from 'vitest';
import { ROOT } from '../support/site-copy.ts';
import { describeLiveContentChecks } from './support/live-content-suite.ts';

const site = { dir: inject('liveSiteDir'), url: inject('liveSiteUrl'), root: ROOT };

describeLiveContentChecks('the live site', () => site);
