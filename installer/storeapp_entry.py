"""Entry point of the frozen app: the same command line as the `storeapp` console script."""

import sys

from storeapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
