import { unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { BUNDLE_LIMITS } from '../spec';
import type { NerModel } from '../model';
import { BundleError, emptyBundleFiles, modelFromFiles, modelToFiles, type BundleFiles, type SaveOptions } from './bundleFiles';

/** One downloadable .zip holding every file of the bundle (modelToFiles). */
export async function modelToZip(model: NerModel, options: SaveOptions = {}): Promise<Uint8Array> {
  // Weights barely compress; level 1 keeps export fast.
  return zipSync(await modelToFiles(model, options), { level: 1 });
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/**
 * Reads the zip's directory first and inflates nothing unless every entry, by the sizes the zip
 * declares, fits BUNDLE_LIMITS; fflate inflates into a buffer of the declared size, so an entry
 * that lies about its size is cut there (and then fails the weight-size check), never grown.
 */
function unzipWithinLimits(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.byteLength > BUNDLE_LIMITS.zipBytes) {
    throw new BundleError(`the file is ${megabytes(bytes.byteLength)}; a model bundle may be at most ${megabytes(BUNDLE_LIMITS.zipBytes)}`);
  }
  const declared: UnzipFileInfo[] = [];
  unzipSync(bytes, { filter: (entry) => (declared.push(entry), false) });
  if (declared.length > BUNDLE_LIMITS.entries) throw new BundleError(`the .zip holds ${declared.length} files; a model bundle has at most ${BUNDLE_LIMITS.entries}`);
  const total = declared.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (total > BUNDLE_LIMITS.inflatedBytes) {
    throw new BundleError(`the .zip unpacks to ${megabytes(total)}; a model bundle may unpack to at most ${megabytes(BUNDLE_LIMITS.inflatedBytes)} (a zip bomb?)`);
  }
  // "__proto__" as an entry name would set the prototype of fflate's result object: skip it.
  return unzipSync(bytes, { filter: (entry) => entry.name !== '__proto__' && !entry.name.endsWith('/__proto__') });
}

/** Files of a bundle .zip; a zipped folder (`my-model/meta.json`) works too. */
export function filesFromZip(bytes: Uint8Array): BundleFiles {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipWithinLimits(bytes);
  } catch (error) {
    if (error instanceof BundleError) throw error;
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
