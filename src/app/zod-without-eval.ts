import { config } from 'zod/v4/core';

// Zod compiles object parsers with `new Function` when it may. The server's content security
// policy forbids eval, and zod's probe for it is reported as a policy breach even though the
// probe's failure is caught: without the probe, parsing takes zod's plain path. Imported first
// by the page and the service worker, before anything parses; from zod's core only, so the
// page's first chunk does not carry all of zod (the schemas load with the screens that parse).
config({ jitless: true });
