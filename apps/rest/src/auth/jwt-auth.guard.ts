import { readFileSync } from 'node:fs';
import {
  Injectable,
  Logger,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
  type OnModuleInit,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { importJWK, jwtVerify, type CryptoKey, type JWK } from 'jose';
import { DomainError } from '@mayastor/common';
import { RestConfig } from '../rest.config.js';

const PUBLIC = Symbol('rest:public');

/** Marks a controller or route as open without a token (health, metrics). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC, true);

/**
 * Bearer-token authentication, as the original REST API does it: every API call
 * carries `Authorization: Bearer <JWT>`, signed RS256 by the private half of the
 * JSON Web Key in `REST_JWK`; the signature and (when present) expiry and
 * not-before are checked. A missing or bad token gets 401 and no data.
 * `REST_NO_AUTH` / `--no-auth` turns this off, loudly.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate, OnModuleInit {
  private readonly logger = new Logger('Auth');
  private key: CryptoKey | Uint8Array | undefined;

  constructor(
    private readonly config: RestConfig,
    private readonly reflector: Reflector,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.REST_NO_AUTH) {
      this.logger.warn(
        '!!! AUTHENTICATION IS OFF (REST_NO_AUTH / --no-auth): anyone who can reach this API can change the cluster. For local use only. !!!',
      );
      return;
    }
    if (!this.config.REST_JWK) {
      throw new Error(
        'REST_JWK (a JSON Web Key file) is required unless authentication is off (REST_NO_AUTH=true or --no-auth)',
      );
    }
    const jwk = JSON.parse(readFileSync(this.config.REST_JWK, 'utf8')) as JWK;
    if (jwk.kty !== 'RSA') throw new Error(`REST_JWK must hold an RSA key (kty RSA), not ${String(jwk.kty)}`);
    if (jwk.d !== undefined) {
      throw new Error(
        'REST_JWK holds a private key: give REST the public key only (drop "d" and the other private fields)',
      );
    }
    this.key = await importJWK(jwk, 'RS256');
    this.logger.log({ jwk: this.config.REST_JWK }, 'bearer tokens are checked against the JSON Web Key (RS256)');
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.config.REST_NO_AUTH) return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new DomainError('Unauthenticated', 'missing bearer token (Authorization: Bearer <JWT>)');
    try {
      await jwtVerify(match[1]!, this.key!, { algorithms: ['RS256'] });
      return true;
    } catch (error) {
      throw new DomainError('Unauthenticated', `invalid bearer token: ${(error as Error).message}`);
    }
  }
}
