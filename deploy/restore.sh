#!/usr/bin/env bash
# make restore: a backup from make backup into an empty database and MEDIA_ROOT.
# BACKUP is the prefix make backup printed (default: the newest in BACKUP_DIR).
set -euo pipefail
: "${DATABASE_URL:?Set DATABASE_URL to the (empty) database to restore into}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
BACKUP_DIR="${BACKUP_DIR:-backups}"
if [ -z "${BACKUP:-}" ]; then
  newest=$(ls -1t "$BACKUP_DIR"/samverkan-*.dump 2>/dev/null | head -n 1 || true)
  [ -n "$newest" ] || { echo "No backup in $BACKUP_DIR: set BACKUP or BACKUP_DIR." >&2; exit 1; }
  BACKUP="${newest%.dump}"
fi
[ -f "$BACKUP.dump" ] && [ -f "$BACKUP.media.tar.gz" ] || {
  echo "$BACKUP.dump or $BACKUP.media.tar.gz is missing." >&2; exit 1; }

# Restoring over live data would mix two sites: only into a database without tables.
tables=$(psql "$DATABASE_URL" -Atc \
  "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "The database in DATABASE_URL has $tables tables: restore into an empty one." >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$DATABASE_URL" "$BACKUP.dump"
mkdir -p "$MEDIA_ROOT"
tar -xzf "$BACKUP.media.tar.gz" -C "$MEDIA_ROOT"
echo "Restored $BACKUP into the database and $MEDIA_ROOT."
