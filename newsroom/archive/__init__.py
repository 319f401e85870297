"""Reading an old portal's archive (feeds, WordPress exports, saved pages) for manage.py import_archive."""
