/**
 * Setup for the jsdom (ui) test project. The views load their heavy halves lazily (report
 * model, interchange, PDF); in a test the first such import is transformed on demand, which
 * on a loaded machine takes longer than Testing Library's 1 s default for findBy/waitFor.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });
