import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default: too short for a component test on a loaded CI
// machine (two cores shared with the browser tests), where healthy tests failed that way.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
