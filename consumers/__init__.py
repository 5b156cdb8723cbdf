"""The broker runtime, the worker and ingress processes, the CLI."""
