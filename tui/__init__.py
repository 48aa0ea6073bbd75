"""speech-reader: a terminal reader for Chinese speeches (讲话稿)."""

__version__ = "0.1.0"
