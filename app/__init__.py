"""Parallax: see how different news outlets cover the same story."""

import os

# One BLAS thread per process (a user's own setting wins). Parallax's numpy work is small
# and element-wise, and its workers are one process per core; an idle OpenBLAS pool
# thread otherwise wakes during scoring and takes CPU beside the main thread (the MSRP
# eval used about 1.25 CPU-seconds per wall second).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
