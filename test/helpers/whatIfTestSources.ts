/**
 * What if…'s source list in the test bundle (test/helpers/whatIfBundle.ts): the made-up stars
 * program stands in for src/app/whatIf/sources.ts, so the real entry points, dialog and preview
 * run with a program while no real program's source is registered. Never part of dist/.
 */
import type { WhatIfSource } from '../../src/kernel/sheets/whatIfSource';
import { starsWhatIf } from './whatIfStars';

export const WHAT_IF_SOURCES: readonly WhatIfSource<unknown, unknown>[] = [starsWhatIf];
