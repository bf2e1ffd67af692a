"""Ingestion: partnership PDFs to cited, embedded chunks in a Chroma store."""
