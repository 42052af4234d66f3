import { unzipSync, zipSync } from 'fflate';
import type { NerModel } from '../model';
import { BundleError, emptyBundleFiles, modelFromFiles, modelToFiles, type BundleFiles, type SaveOptions } from './bundleFiles';

/** One downloadable .zip holding every file of the bundle (modelToFiles). */
export async function modelToZip(model: NerModel, options: SaveOptions = {}): Promise<Uint8Array> {
  // Weights barely compress; level 1 keeps export fast.
  return zipSync(await modelToFiles(model, options), { level: 1 });
}

/** Files of a bundle .zip; a zipped folder (`my-model/meta.json`) works too. */
export function filesFromZip(bytes: Uint8Array): BundleFiles {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new BundleError('the file is not a valid .zip archive');
  }
  const metaPath = Object.keys(entries).find((path) => path === 'meta.json' || path.endsWith('/meta.json'));
  if (!metaPath) throw new BundleError('the .zip holds no meta.json: not an NER Studio model');
  const folder = metaPath.slice(0, metaPath.length - 'meta.json'.length);
  const files = emptyBundleFiles();
  for (const [path, data] of Object.entries(entries)) if (path.startsWith(folder)) files[path.slice(folder.length)] = data;
  return files;
}

export function modelFromZip(bytes: Uint8Array): NerModel {
  return modelFromFiles(filesFromZip(bytes));
}
