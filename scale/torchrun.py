"""`torchrun` with the same arguments, for Debian 12's python3-torch 1.13 on Python 3.11: there the
stock torchrun stops before starting a worker (AttributeError: 'NoneType' object has no attribute
'get'), because Std.from_str finds a stream setting by iterating an IntFlag, and Python 3.11's
iteration no longer yields its NONE (0) and ALL (3) members. PyTorch 2.x has the fix; with it, plain
torchrun works the same.

    python3 -m scale.torchrun --standalone --nproc_per_node=2 scale/train.py --data ... --out ..."""
import re
import sys

from torch.distributed.elastic.multiprocessing import api
from torch.distributed.run import main


def _from_str(cls, value: str):
    if re.match(api._VALUE_REGEX, value):
        return cls(int(value))
    if re.match(api._MAPPING_REGEX, value):
        return {int(rank): cls(int(std)) for rank, std in (item.split(":") for item in value.split(","))}
    raise ValueError(f"{value} does not match {api._VALUE_REGEX} or {api._MAPPING_REGEX}")


api.Std.from_str = classmethod(_from_str)

if __name__ == "__main__":
    sys.exit(main())
