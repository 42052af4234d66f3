import type { NerModel } from '../model';
import { BundleError, emptyBundleFiles, modelFromFiles, readManifest, type BundleFiles } from './bundleFiles';

async function fetchBytes(url: string, fetchImpl: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new BundleError(`could not fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new BundleError(`fetching ${url} failed: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Fetches a bundle served as a folder (e.g. `public/models/gmb/` → `./models/gmb/`): meta.json and
 * model.json first (validated), then the weight files model.json lists and the cluster table.
 * Needs no tfjs backend, so it can run while one starts.
 */
export async function fetchBundleFromUrl(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<BundleFiles> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const files = emptyBundleFiles();
  [files['meta.json'], files['model.json']] = await Promise.all([fetchBytes(`${base}meta.json`, fetchImpl), fetchBytes(`${base}model.json`, fetchImpl)]);
  const manifest = readManifest(files);
  const paths = [...manifest.paths, ...manifest.otherFiles];
  const fetched = await Promise.all(paths.map((path) => fetchBytes(`${base}${path}`, fetchImpl)));
  paths.forEach((path, i) => (files[path] = fetched[i]));
  return files;
}

/** Loads a bundle served as a folder (see fetchBundleFromUrl) on the active backend. */
export async function loadModelFromUrl(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<NerModel> {
  return modelFromFiles(await fetchBundleFromUrl(baseUrl, fetchImpl));
}
