"""Text in, text out: decoding bytes, reading dates, finding sentences. One of each, shared by every stage."""
