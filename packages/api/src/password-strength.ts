import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { judgePassword, type PasswordEstimate, type PasswordVerdict } from '@sixstep/domain';

/**
 * zxcvbn-ts with its common (passwords, names) and English dictionaries. Importable from the
 * browser too (`@sixstep/api/password-strength`) so the form shows the same verdict the API gives;
 * the dictionaries are large, so pages load this module lazily.
 */
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/** The estimate for a password, also penalising the person's own e-mail and name inside it. */
export function estimatePassword(password: string, personal: string[] = []): PasswordEstimate {
  const result = estimator.check(password.slice(0, 200), personal.filter(Boolean));
  return {
    score: result.score,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}

export function checkPassword(password: string, personal: string[] = []): PasswordVerdict {
  return judgePassword(password, estimatePassword(password, personal));
}
