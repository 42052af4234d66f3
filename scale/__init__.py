"""NER Studio at scale: the browser's tagger (same features, network, decoding and bundle format)
trained and run with PyTorch, on one process or many (torch.distributed). See README, "Training at scale"."""
