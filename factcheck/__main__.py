"""``python -m factcheck`` runs the CLI."""

from factcheck.cli import run

# Guarded: a Dask LocalCluster starts its workers with "spawn", which imports this module again.
if __name__ == "__main__":
    run()
