"""Evaluation: a question set, metrics as small pure functions, and a Markdown report."""
