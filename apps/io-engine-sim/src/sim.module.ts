import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { LoggingModule } from '@mayastor/common';
import { ControlController } from './control/control.controller.js';
import { SimConfig } from './sim.config.js';
import { SimulatorService } from './simulator.service.js';

@Module({})
export class SimModule {
  static forRoot(config: SimConfig): DynamicModule {
    return {
      module: SimModule,
      imports: [LoggingModule.forRoot('io-engine-sim', config.LOG_LEVEL)],
      controllers: config.SIM_CONTROL_PORT > 0 ? [ControlController] : [],
      providers: [
        { provide: SimConfig, useValue: config },
        { provide: APP_PIPE, useValue: new ValidationPipe({ transform: true, whitelist: true }) },
        SimulatorService,
      ],
    };
  }
}
