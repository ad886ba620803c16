"""Render functions: plain data in, escaped HTML (or Markdown) out.

Every text that comes from content or data goes through ``common.e``; a test
feeds markup through each data file to keep it that way.
"""
