"""Shared Dutch language helpers used by every stage: vocabulary and function words, month names."""
