import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may. The server's content security
// policy forbids eval, and zod's probe for it is reported as a policy breach even though the
// probe's failure is caught: without the probe, parsing takes zod's plain path. Imported first
// by the page and the service worker, before anything parses.
z.config({ jitless: true });
