"""ingest/parse"""
