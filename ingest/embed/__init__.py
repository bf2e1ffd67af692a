"""ingest/embed"""
