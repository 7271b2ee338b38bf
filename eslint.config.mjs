// One lint config for the whole workspace. Every package lints its sources and its tests with it
// (`pnpm lint`, run by `pnpm check` before the tests, locally and in CI).
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.data/**',
      '**/drizzle/**',
      '**/dist/**',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  // Type-aware: the rules that need the types (floating promises, promises where a callback is
  // expected, needless assertions, exhaustive switches...). Each file's own tsconfig is found by
  // the project service, so tests, e2e and ops code are checked with the types they compile with.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // A void-returning callback (onClick, onSubmit) may be async: React ignores what it returns.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // `${count}` of a number is fine; an object or undefined in a string is the bug to catch.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false },
      ],
    },
  },
  {
    // Tests: vitest's asymmetric matchers (expect.any, expect.objectContaining...) are typed
    // `any` by design, so assigning one inside an expected object is not an unsafe assignment.
    files: ['**/test/**', '**/*.test.ts', '**/e2e/**', '**/ops/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Plain JavaScript (the production server starter, scripts): no types to check.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    // A CSS module's class is typed `string | undefined` (noUncheckedIndexedAccess on its index
    // signature), and JSX class names put them in template strings by the dozen: an undefined
    // class there is harmless, so in components only nullish values may be interpolated.
    files: ['**/*.tsx'],
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
    },
  },
  {
    // The web app: hooks rules and Next.js's own rules (links, images, scripts, head).
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // Only for the pages/ router, which the app does not have (app router only).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Progress photos are private (session cookie, Cache-Control: private): next/image's optimizer
    // would fetch them without the cookie and keep a shared cached copy, so a plain <img> is right.
    files: ['apps/web/src/components/checkins/**/*.tsx'],
    rules: { '@next/next/no-img-element': 'off' },
  },
);
