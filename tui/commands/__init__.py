"""Command-line subcommands. Each module has ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``."""

COMMANDS = ("outline", "keywords", "search", "index", "quotes")
