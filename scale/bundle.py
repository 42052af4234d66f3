"""Model bundles (meta.json + model.json + weights.bin [+ clusters.txt]) read and written in the
format src/model/bundle writes: model.json holds a tfjs weights manifest in networkParams' order,
float32 or float16 ("quantization": {"dtype": "float16"})."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import torch

from .clusters import WordClusters, format_cluster_table, parse_cluster_table
from .hashing import FEATURE_ATTRS, uses_word_clusters
from .network import TaggerNetwork, param_specs

MODEL_FORMAT = "ner-studio.model/1"
WEIGHTS_FILE = "weights.bin"
CLUSTERS_FILE = "clusters.txt"


class BundleError(ValueError):
    """A bundle that cannot be loaded, with a reason a user can act on."""


def validate_meta(meta) -> dict:
    """The checks of src/model/spec/validateMeta.ts that guard the weights' layout."""
    if not isinstance(meta, dict):
        raise BundleError("meta.json is not a JSON object")
    if meta.get("format") != MODEL_FORMAT:
        raise BundleError(f'meta.json format is "{meta.get("format")}", expected "{MODEL_FORMAT}" (not an NER Studio model?)')
    for field in ("labels", "tags"):
        if not isinstance(meta.get(field), list) or not all(isinstance(x, str) for x in meta[field]):
            raise BundleError(f"meta.json {field} must be a list of strings")
    features = meta.get("features")
    if not isinstance(features, dict) or not isinstance(features.get("attrs"), list) or not features["attrs"]:
        raise BundleError("meta.json: features must list attrs")
    if any(a not in FEATURE_ATTRS for a in features["attrs"]) or len(set(features["attrs"])) != len(features["attrs"]):
        raise BundleError(f"meta.json: features.attrs must list some of {', '.join(FEATURE_ATTRS)}, each once")
    if not isinstance(features.get("rows"), list) or len(features["rows"]) != len(features["attrs"]) or not all(isinstance(r, int) and r > 0 for r in features["rows"]):
        raise BundleError("meta.json: features.rows must give a positive row count per attribute")
    arch = meta.get("architecture")
    if not isinstance(arch, dict) or arch.get("name") != "ner-tagger.v1":
        raise BundleError('meta.json: architecture.name must be "ner-tagger.v1"')
    if arch.get("head") not in ("softmax", "crf"):
        raise BundleError('meta.json: architecture.head must be "softmax" or "crf"')
    expected = ["O"] + [f"{p}-{label}" for label in meta["labels"] for p in ("B", "I")]
    if meta["tags"][:1] != ["O"] or sorted(meta["tags"]) != sorted(expected):
        raise BundleError(f"meta.json: tags must be \"O\" plus B- and I- of each label (labels: {', '.join(meta['labels'])})")
    return meta


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BundleError(f"{path} cannot be read: is {path.parent} a model bundle?") from None
    except json.JSONDecodeError:
        raise BundleError(f"{path.name} is not valid JSON") from None


def load_bundle(directory: str | Path) -> tuple[dict, TaggerNetwork, WordClusters | None]:
    directory = Path(directory)
    meta = validate_meta(_read_json(directory / "meta.json"))
    manifest = _read_json(directory / "model.json").get("weightsManifest")
    if not isinstance(manifest, list):
        raise BundleError("model.json has no valid weightsManifest")
    data = b"".join((directory / path).read_bytes() for group in manifest for path in group["paths"])
    entries = [entry for group in manifest for entry in group["weights"]]
    values, at = {}, 0
    for entry in entries:
        size = int(np.prod(entry["shape"])) if entry["shape"] else 1
        quantized = (entry.get("quantization") or {}).get("dtype")
        dtype = {None: np.float32, "float16": np.float16}.get(quantized)
        if dtype is None or entry.get("dtype", "float32") != "float32":
            raise BundleError(f'weight "{entry["name"]}" is stored as {quantized or entry.get("dtype")}; scale/ reads float32 and float16')
        count = size * np.dtype(dtype).itemsize
        if at + count > len(data):
            raise BundleError(f"weight files hold {len(data)} bytes, fewer than model.json describes (truncated or corrupt download?)")
        array = np.frombuffer(data, dtype=dtype, count=size, offset=at).astype(np.float32).reshape(entry["shape"])
        if not np.isfinite(array).all():
            raise BundleError(f'weight "{entry["name"]}" holds NaN or infinite values')
        values[entry["name"]] = torch.from_numpy(array.copy())
        at += count
    if at != len(data):
        raise BundleError(f"weight files hold {len(data)} bytes, model.json describes {at}")
    for name, shape, _ in param_specs(meta):
        if name not in values:
            raise BundleError(f'model.json lists no weight "{name}" that the architecture in meta.json needs')
        if tuple(values[name].shape) != shape:
            raise BundleError(f'weight "{name}" has shape {list(values[name].shape)} in model.json, meta.json implies {list(shape)}')
    network = TaggerNetwork(meta)
    network.load_named(values)
    clusters = None
    if uses_word_clusters(meta["features"]):
        path = directory / CLUSTERS_FILE
        if not path.exists():
            raise BundleError(f"the bundle has no {CLUSTERS_FILE}, and its features use word clusters")
        clusters = parse_cluster_table(path.read_text(encoding="utf-8"))
    return meta, network, clusters


def save_bundle(directory: str | Path, meta: dict, network: TaggerNetwork, clusters: WordClusters | None = None, float16: bool = False) -> list[Path]:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    meta = {**meta, "weightsDtype": "float16" if float16 else "float32"}
    validate_meta(meta)
    entries, chunks = [], []
    for name, tensor in network.named_weights().items():
        array = tensor.detach().cpu().numpy().astype(np.float32)
        entry = {"name": name, "shape": list(array.shape), "dtype": "float32"}
        if float16:
            entry["quantization"] = {"dtype": "float16"}
            array = array.astype(np.float16)
        entries.append(entry)
        chunks.append(np.ascontiguousarray(array).tobytes())
    model_json = {
        "format": "ner-studio-tagger",
        "generatedBy": "NER Studio scale/ (PyTorch)",
        "convertedBy": None,
        "modelTopology": {"class_name": "NerStudioTagger", "config": {k: meta.get(k) for k in ("architecture", "features", "tags", "posTags") if meta.get(k) is not None}},
        "weightsManifest": [{"paths": [WEIGHTS_FILE], "weights": entries}],
    }
    written = [directory / "meta.json", directory / "model.json", directory / WEIGHTS_FILE]
    (directory / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    (directory / "model.json").write_text(json.dumps(model_json), encoding="utf-8")
    (directory / WEIGHTS_FILE).write_bytes(b"".join(chunks))
    if clusters is not None:
        (directory / CLUSTERS_FILE).write_text(format_cluster_table(clusters), encoding="utf-8")
        written.append(directory / CLUSTERS_FILE)
    return written


def zip_bundle(directory: str | Path, target: str | Path | None = None) -> Path:
    """The bundle as one .zip (the files at its root), as the app's Models → Import takes it."""
    directory = Path(directory)
    target = Path(target) if target else directory.with_name(directory.name + ".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for path in sorted(directory.iterdir()):
            if path.is_file():
                archive.write(path, path.name)
    return target
