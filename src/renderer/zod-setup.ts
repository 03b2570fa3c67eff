import { z } from 'zod';

// The strict CSP forbids eval. zod probes for it when each object schema is built (logging a CSP
// violation), so this module is imported first, before any schema module is evaluated.
z.config({ jitless: true });
