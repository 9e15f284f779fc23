#!/usr/bin/env bash
# make restore: a backup from make backup into an empty database, MEDIA_ROOT and
# PRIVATE_MEDIA_ROOT. BACKUP is the prefix make backup printed (default: the newest in
# BACKUP_DIR).
set -euo pipefail
: "${DATABASE_URL:?Set DATABASE_URL to the (empty) database to restore into}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
PRIVATE_MEDIA_ROOT="${PRIVATE_MEDIA_ROOT:-private-media}"
BACKUP_DIR="${BACKUP_DIR:-backups}"
if [ -z "${BACKUP:-}" ]; then
  newest=$(ls -1t "$BACKUP_DIR"/samverkan-*.dump 2>/dev/null | head -n 1 || true)
  [ -n "$newest" ] || { echo "No backup in $BACKUP_DIR: set BACKUP or BACKUP_DIR." >&2; exit 1; }
  BACKUP="${newest%.dump}"
fi
# All three parts or nothing: a site without its minutes would lose what kommunkontoret
# decided on, without anyone noticing.
for part in dump media.tar.gz private-media.tar.gz; do
  [ -f "$BACKUP.$part" ] || { echo "$BACKUP.$part is missing." >&2; exit 1; }
done

# Restoring over live data would mix two sites: only into a database without tables.
tables=$(psql "$DATABASE_URL" -Atc \
  "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "The database in DATABASE_URL has $tables tables: restore into an empty one." >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$DATABASE_URL" "$BACKUP.dump"
mkdir -p "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"
tar -xzf "$BACKUP.media.tar.gz" -C "$MEDIA_ROOT"
tar -xzf "$BACKUP.private-media.tar.gz" -C "$PRIVATE_MEDIA_ROOT"
echo "Restored $BACKUP into the database, $MEDIA_ROOT and $PRIVATE_MEDIA_ROOT."
