"""Helpers of samples/build.py: story parsing, farm boilerplate, corpus formats and gold writing."""
