#!/usr/bin/env bash
# make backup: the database (pg_dump's custom format), a tar of MEDIA_ROOT and a tar of
# PRIVATE_MEDIA_ROOT (associations' board minutes), side by side, named by the time; prints
# the prefix that make restore takes as BACKUP. See docs/deploy.md.
set -euo pipefail
: "${DATABASE_URL:?Set DATABASE_URL, e.g. postgres://user@host:5432/samverkan}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
PRIVATE_MEDIA_ROOT="${PRIVATE_MEDIA_ROOT:-private-media}"
BACKUP_DIR="${BACKUP_DIR:-backups}"
# The dump and the minutes hold personal data: only the owner reads the files.
umask 077

mkdir -p "$BACKUP_DIR"
prefix="$BACKUP_DIR/samverkan-$(date +%Y%m%d-%H%M%S)"
# Written under a temporary name first, so a backup that failed halfway is never taken
# for a whole one.
pg_dump --format=custom --no-owner --no-privileges --file "$prefix.dump.part" "$DATABASE_URL"
mkdir -p "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"
tar -czf "$prefix.media.tar.gz.part" -C "$MEDIA_ROOT" .
tar -czf "$prefix.private-media.tar.gz.part" -C "$PRIVATE_MEDIA_ROOT" .
mv "$prefix.dump.part" "$prefix.dump"
mv "$prefix.media.tar.gz.part" "$prefix.media.tar.gz"
mv "$prefix.private-media.tar.gz.part" "$prefix.private-media.tar.gz"
echo "$prefix"
