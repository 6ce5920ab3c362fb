import 'reflect-metadata';

const ENV_DOCS = Symbol('mayastor:env-docs');

export interface EnvDoc {
  readonly name: string;
  readonly description: string;
}

/**
 * Documents one environment variable of an app's config DTO. The property name
 * is the variable's name; the property's initialiser is its default. `--help`
 * prints what these say, so the help text cannot drift from the config.
 */
export function Env(description: string): PropertyDecorator {
  return (target, property) => {
    // A subclass starts from a copy of its parent's list, never the parent's own.
    const own = Reflect.getOwnMetadata(ENV_DOCS, target) as EnvDoc[] | undefined;
    const docs: EnvDoc[] = own ?? [...envDocs(target)];
    docs.push({ name: String(property), description });
    Reflect.defineMetadata(ENV_DOCS, docs, target);
  };
}

export function envDocs(target: object): readonly EnvDoc[] {
  return (Reflect.getMetadata(ENV_DOCS, target) as EnvDoc[] | undefined) ?? [];
}
