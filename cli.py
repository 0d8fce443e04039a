"""`python cli.py ...` runs the same app as the `kg` console script."""

from kg.cli import main

if __name__ == "__main__":
    main()
