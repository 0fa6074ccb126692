import '../src/i18n/index.ts';
