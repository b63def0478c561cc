"""Prompt templates shipped with factcheck (the top-level prompts/ folder)."""
