"""Persistence: SQLAlchemy models, the engine and the migrations shipped with the program."""
