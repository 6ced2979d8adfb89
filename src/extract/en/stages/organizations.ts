// Placeholder stage, replaced by its owner's implementation.
import type { Stage } from '../../doc.ts';

export const organizationsStage: Stage = {
  name: 'organizations',
  version: '0',
  run() {},
};
