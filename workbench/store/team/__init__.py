"""The team server: a project on PostgreSQL (psycopg 3), the only PostgreSQL code.

One PostgreSQL *schema* per project (``fc_<project>``) holding the same logical tables as
the ``.factcheck`` file, so a project's roles are granted on one schema, a project is
dropped or dumped (``pg_dump -n``) as one unit, and the tables keep the names the SQLite
file uses. Nothing here imports Qt; :mod:`workbench.cli_team` and ``workbench.app``
import this package only when a team command runs or a team URL is opened.
"""
