#!/usr/bin/env bash
# make backup: the database (pg_dump's custom format) and a tar of MEDIA_ROOT, side by side,
# named by the time; prints the prefix that make restore takes as BACKUP. See docs/deploy.md.
set -euo pipefail
: "${DATABASE_URL:?Set DATABASE_URL, e.g. postgres://user@host:5432/samverkan}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
BACKUP_DIR="${BACKUP_DIR:-backups}"

mkdir -p "$BACKUP_DIR"
prefix="$BACKUP_DIR/samverkan-$(date +%Y%m%d-%H%M%S)"
# Written under a temporary name first, so a backup that failed halfway is never taken
# for a whole one.
pg_dump --format=custom --no-owner --no-privileges --file "$prefix.dump.part" "$DATABASE_URL"
mkdir -p "$MEDIA_ROOT"
tar -czf "$prefix.media.tar.gz.part" -C "$MEDIA_ROOT" .
mv "$prefix.dump.part" "$prefix.dump"
mv "$prefix.media.tar.gz.part" "$prefix.media.tar.gz"
echo "$prefix"
