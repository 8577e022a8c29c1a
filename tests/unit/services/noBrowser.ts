// Why a test that needs Chromium cannot run here (null when it can).
import { findChromium } from '../../../electron/services/export/chromiumHost.ts';

export function noBrowser(): string | null {
  try {
    findChromium();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
