import { registerDecorator, type ValidationOptions } from 'class-validator';

/** The value is an object whose every value is a string (a label map). */
export function IsStringMap(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isStringMap',
      target: target.constructor,
      propertyName: String(property),
      ...(options ? { options } : {}),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.values(value).every((v) => typeof v === 'string'),
        defaultMessage: () => `${String(property)} must be an object of string values`,
      },
    });
}
