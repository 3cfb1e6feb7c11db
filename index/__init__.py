"""index: records to answers (passages, BM25, dense e5 vectors in FAISS, fusion)."""
