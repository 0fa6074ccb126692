// The kit's tests run with the kit's own strings, in French (as a member first meets them).
import { initI18n } from '../src/i18n.ts';

initI18n({ fr: {}, en: async () => ({}) });
