import { createModel, modelToZip, setBackend } from '../../src/model';

/**
 * A real `.zip` bundle, made in Node the way the app makes one (untrained: tests that import it
 * need its format, not its skill).
 */
export async function untrainedBundleZip(name: string, labels: string[]): Promise<Buffer> {
  await setBackend('cpu');
  const model = createModel({ name, labels });
  try {
    return Buffer.from(await modelToZip(model));
  } finally {
    model.dispose();
  }
}
