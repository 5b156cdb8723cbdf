"""Shared fixtures. Broker fixtures live in tests/broker.py."""
