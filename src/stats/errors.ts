/** Estimation failures that name the variables responsible. */

export type EstimationProblem = 'collinear' | 'perfect_prediction' | 'separation' | 'no_convergence' | 'no_variation';

export class EstimationError extends Error {
  constructor(
    readonly problem: EstimationProblem,
    /** Design column names involved. */
    readonly variables: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = 'EstimationError';
  }
}

export function collinearError(aliased: readonly string[]): EstimationError {
  const list = aliased.map((v) => `"${v}"`).join(', ');
  return new EstimationError(
    'collinear',
    aliased,
    `${list} ${aliased.length === 1 ? 'is' : 'are'} collinear with earlier columns of the design; remove ${aliased.length === 1 ? 'it' : 'them'} or pass onCollinear: 'drop'`,
  );
}
