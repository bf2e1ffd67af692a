"""The assistant: hybrid retrieval over the ingested corpus and answers that cite their pages."""
