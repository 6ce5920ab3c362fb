import type { INestApplication } from '@nestjs/common';
import { ReplicaTopologyDto } from './dto/volumes.dto.js';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export const API_PREFIX = 'v0';

/**
 * The OpenAPI document of REST v0, generated from the controllers' and DTOs'
 * decorators (never copied from the reference; test/rest/openapi-contract checks
 * the two agree). Paths are relative to the `/v0` server, as in the reference.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('IoEngine RESTful API')
    .setVersion('v0')
    .setDescription('REST API v0 of the Mayastor control plane (TypeScript). Compatible with the Mayastor REST v0 API.')
    .addServer(`/${API_PREFIX}`)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'JWT')
    .build();
  // Schemas reached only through `additionalProperties` are not found by the scanner on its own.
  return SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true, extraModels: [ReplicaTopologyDto] });
}

/** Swagger UI at /v0/swagger-ui and the document at /v0/api/spec (JSON). */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup(`${API_PREFIX}/swagger-ui`, app, () => openApiDocument(app), {
    useGlobalPrefix: false,
    jsonDocumentUrl: `${API_PREFIX}/api/spec`,
    raw: ['json'],
    customSiteTitle: 'Mayastor REST API v0',
    swaggerOptions: { persistAuthorization: true },
  });
}
