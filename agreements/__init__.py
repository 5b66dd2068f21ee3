"""agreements: employment agreements for Norwegian municipal chief executives (library root)."""

__version__ = "0.1.0"
