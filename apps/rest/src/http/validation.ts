import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '@mayastor/common';

/** Every constraint a value broke, as `path: message` (nested properties spelled out). */
function flatten(errors: readonly ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * Bodies, path parameters and query strings are DTOs validated by class-validator:
 * unknown properties are dropped, values are converted to their declared types,
 * and the first bad value answers 400 with an `InvalidArgument` RestJsonError
 * whose `details` lists every constraint broken.
 */
export function restValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new DomainError('InvalidArgument', `invalid request: ${problems[0] ?? 'bad value'}`, {
        problems: problems.join('; '),
      });
    },
  });
}
