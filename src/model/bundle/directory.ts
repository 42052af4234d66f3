// Node only (the CLI): the browser loads bundles from a URL, a .zip or IndexedDB.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NerModel } from '../model';
import { BundleError, emptyBundleFiles, modelFromFiles, modelToFiles, readManifest, type SaveOptions } from './bundleFiles';

export async function saveModelToDirectory(model: NerModel, directory: string, options: SaveOptions = {}): Promise<string[]> {
  const files = await modelToFiles(model, options);
  await mkdir(directory, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, data]) => writeFile(join(directory, name), data)));
  return Object.keys(files).map((name) => join(directory, name));
}

async function readBundleFile(directory: string, name: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(join(directory, name)));
  } catch {
    throw new BundleError(`${join(directory, name)} cannot be read: is ${directory} a model bundle?`);
  }
}

export async function loadModelFromDirectory(directory: string): Promise<NerModel> {
  const files = emptyBundleFiles();
  files['meta.json'] = await readBundleFile(directory, 'meta.json');
  files['model.json'] = await readBundleFile(directory, 'model.json');
  const { paths, otherFiles } = readManifest(files);
  for (const path of [...paths, ...otherFiles]) files[path] = await readBundleFile(directory, path);
  return modelFromFiles(files);
}
