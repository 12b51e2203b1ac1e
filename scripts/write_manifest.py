"""Rule ``write_manifest``: record what produced ``results/`` and what is in it.

``results/manifest.json`` holds the corpus fingerprint, the config hash, the
code version, the Python and package versions, and for every registered
output its path, SHA-256 and row count. It has no timestamps, so the same
inputs, config and code give the same bytes.

Run outside Snakemake::

    python scripts/write_manifest.py results/tables/documents.csv \\
        results/tables/skipped.csv --documents results/tables/documents.csv
"""

import argparse
import json
import sys

from newsdag.io import configure_logging
from newsdag.report.manifest import build_manifest, code_version, write_manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outputs", nargs="+")
    parser.add_argument("--documents", required=True)
    parser.add_argument("--out", default="-")
    args = parser.parse_args(argv)
    manifest = build_manifest(args.outputs, args.documents, {}, code_version())
    if args.out == "-":
        json.dump(manifest, sys.stdout, indent=2)
    else:
        write_manifest(manifest, args.out)


if __name__ == "__main__":
    if "snakemake" in globals():
        sm = snakemake  # noqa: F821 (injected by Snakemake's script directive)
        configure_logging(sm.log[0])
        manifest = build_manifest(
            sm.input.outputs, sm.input.documents, sm.params.config, sm.params.code_version
        )
        write_manifest(manifest, sm.output[0])
    else:
        main(sys.argv[1:])
