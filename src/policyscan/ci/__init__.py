"""policyscan in CI: fail conditions, findings, suppressions (inline markers and baselines) and exit codes.

Plain functions over results; the CLI (cli/scan.py, cli/diff.py) and the report formats use them. Kept free
of heavy imports: ingest/text.py imports ci.markers.
"""
